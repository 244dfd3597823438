package io.zhengku.vault.intake;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * A received file whose content the intake has checked: what it is and, where counted, how many pages it has.
 *
 * @param type      the type found in the content
 * @param pageCount a PDF's pages, 1 for an image; empty for an OFD, whose pages are listed in per-document
 *                  files the intake does not read
 * @param file      the checked file; still owned, and closed, by the caller
 */
public record InspectedFile(FileType type, OptionalInt pageCount, ReceivedFile file) {

    /** Checks that a counted document has at least one page. */
    public InspectedFile {
        requireNonNull(type, "type");
        requireNonNull(pageCount, "pageCount");
        requireNonNull(file, "file");
        if (pageCount.isPresent() && pageCount.getAsInt() < 1) {
            throw new IllegalArgumentException("a document has at least one page, got " + pageCount.getAsInt());
        }
    }
}
