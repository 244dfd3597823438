package io.zhengku.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of licences to issue: each licence file ({@code X.pdf}, {@code X.ofd}, {@code X.png}, {@code X.jpg}
 * or {@code X.jpeg}) beside its metadata sidecar {@code X.json}, the metadata JSON single issuance takes. Files
 * are taken in name order; other files are left alone.
 */
final class LicenceFolder {

    private static final Map<String, String> MEDIA_TYPES = Map.of("pdf", "application/pdf", "ofd", "application/ofd",
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    /** One licence file; {@code metadata} is null when its sidecar is missing. */
    record Licence(Path file, String mediaType, Path metadata) {

        String name() {
            return file.getFileName().toString();
        }

        String readMetadata() throws IOException {
            return Files.readString(metadata, StandardCharsets.UTF_8);
        }
    }

    private LicenceFolder() {
    }

    /** The licence files of {@code dir}, with their sidecars where they have one. */
    static List<Licence> read(Path dir) throws IOException {
        List<Licence> licences = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String mediaType = dot > 0 ? MEDIA_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)) : null;
                if (mediaType != null) {
                    Path sidecar = file.resolveSibling(name.substring(0, dot) + ".json");
                    licences.add(new Licence(file, mediaType, Files.isRegularFile(sidecar) ? sidecar : null));
                }
            }
        }
        return licences;
    }
}
