package io.zhengku.vault.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadSpoolTest {

    @TempDir
    Path parent;

    @Test
    void the_folder_is_named_by_the_process_and_readable_by_its_user_only() throws IOException {
        UploadSpool spool = new UploadSpool(parent, 4242);

        assertThat(spool.dir()).isEqualTo(parent.resolve("zhengku-vault-uploads-4242")).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool.dir()))).isEqualTo("rwx------");
    }

    @Test
    void stopping_deletes_the_folder_and_what_an_unfinished_request_left_in_it() throws IOException {
        UploadSpool spool = new UploadSpool(parent, 4242);
        Files.writeString(spool.dir().resolve("FUp_1.tmp"), "a part of a request the vault never finished");

        spool.delete();

        assertThat(spool.dir()).doesNotExist();
    }

    @Test
    void what_a_dead_vault_left_is_deleted_at_the_next_start_and_a_live_vaults_folder_is_kept() throws Exception {
        Path dead = leftover(deadPid());
        Path live = leftover(ProcessHandle.current().parent().orElseThrow().pid());
        Path notOurs = Files.createDirectory(parent.resolve("zhengku-vault-uploads-notes"));

        new UploadSpool(parent, ProcessHandle.current().pid());

        assertThat(dead).doesNotExist();
        assertThat(live.resolve("FUp_1.tmp")).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void a_folder_of_the_same_pid_is_emptied() throws IOException {
        Path before = leftover(4242);

        UploadSpool spool = new UploadSpool(parent, 4242);

        assertThat(spool.dir()).isEqualTo(before).isEmptyDirectory();
    }

    private Path leftover(long pid) throws IOException {
        Path folder = Files.createDirectory(parent.resolve(UploadSpool.PREFIX + pid));
        Files.writeString(folder.resolve("FUp_1.tmp"), "spooled bytes of an upload");
        return folder;
    }

    private static long deadPid() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        return exited.pid();
    }
}
