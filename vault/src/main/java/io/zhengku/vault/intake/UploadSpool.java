package io.zhengku.vault.intake;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one folder where uploads wait while the vault reads them (上传暂存): the parts the HTTP server spools to
 * disk (Micronaut's {@code FUp_*.tmp}, set here as {@code micronaut.server.multipart.location}) and each
 * {@link ReceivedFile}. Nothing of an upload is written anywhere else before the object store has it.
 *
 * <p>The folder is this process's own, {@code zhengku-vault-uploads-<pid>} under {@code zhengku.upload.temp-dir}
 * (the system temporary folder by default), readable by the vault's user only (700, its files 600). It is
 * deleted with what it holds when the vault stops; the folder of a vault that died without stopping (kill -9,
 * power cut) is deleted when a vault next starts under the same parent, and a live vault's is left alone.
 */
@Singleton
public class UploadSpool implements BeanCreatedEventListener<HttpServerConfiguration.MultipartConfiguration> {

    static final String PREFIX = "zhengku-vault-uploads-";
    private static final Logger LOG = LoggerFactory.getLogger(UploadSpool.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path dir;

    public UploadSpool(@Property(name = "zhengku.upload.temp-dir", defaultValue = "") String parent) {
        this(parent.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(parent),
                ProcessHandle.current().pid());
    }

    UploadSpool(Path parent, long pid) {
        try {
            Files.createDirectories(parent);
            deleteLeftoversOfDeadVaults(parent);
            this.dir = ownFolder(parent.toAbsolutePath().resolve(PREFIX + pid));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the upload folder under " + parent
                    + "; set zhengku.upload.temp-dir to a folder the vault may write", e);
        }
    }

    /** The folder; exists while the vault runs. */
    public Path dir() {
        return dir;
    }

    /** Points the HTTP server's multipart spooling at this folder, before the server takes its first request. */
    @Override
    public HttpServerConfiguration.MultipartConfiguration onCreated(
            BeanCreatedEvent<HttpServerConfiguration.MultipartConfiguration> event) {
        event.getBean().setLocation(dir.toFile());
        return event.getBean();
    }

    /** Deletes the folder and whatever an unfinished request left in it. */
    @PreDestroy
    void delete() throws IOException {
        deleteTree(dir);
    }

    private static Path ownFolder(Path dir) throws IOException {
        // The same pid as a dead vault's: what it left is deleted too.
        deleteTree(dir);
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.setPosixFilePermissions(dir, OWNER_ONLY); // the umask may have narrowed nothing, never widened
        return dir;
    }

    private static void deleteLeftoversOfDeadVaults(Path parent) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path folder : folders) {
                if (ofDeadProcess(folder)) {
                    LOG.warn("deleting the upload folder {} of a vault that did not stop cleanly", folder);
                    deleteLeftover(folder);
                }
            }
        }
    }

    private static boolean ofDeadProcess(Path folder) {
        String pid = folder.getFileName().toString().substring(PREFIX.length());
        return pid.matches("[0-9]{1,18}") && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).isEmpty();
    }

    /** Another user's folder (a shared temporary folder) cannot be deleted, and must not stop this vault. */
    private static void deleteLeftover(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            LOG.warn("cannot delete the upload folder {} left by a vault that died: {}", folder, e.toString());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
