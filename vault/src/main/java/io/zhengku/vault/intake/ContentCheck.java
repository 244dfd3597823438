package io.zhengku.vault.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;

/** Proves that a file whose type is already known is sound enough to store, reading its structure. */
interface ContentCheck {

    /**
     * Checks the file and counts its pages where the type allows.
     *
     * @throws IntakeException for any content that is not sound
     * @throws IOException     when the file cannot be read at all
     */
    OptionalInt check(Path file) throws IOException;
}
