package io.zhengku.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in: where {@code zk}, {@code local/} and {@code network/} are. */
public final class Checkout {

    private Checkout() {
    }

    /** The folder holding {@code zk}, found from the working folder (a module's folder under Maven) upwards. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("zk")) && Files.isExecutable(dir.resolve("local/postgres"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder holding zk and local/postgres above " + Path.of("").toAbsolutePath());
    }
}
