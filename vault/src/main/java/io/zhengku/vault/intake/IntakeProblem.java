package io.zhengku.vault.intake;

/**
 * Why the intake refused an upload: a stable {@link #code()} for the {@code code} member of the problem+json
 * answer and the HTTP status to send with it.
 *
 * <pre>{@code
 * IntakeProblem.FILE_TOO_LARGE.code();       // "file-too-large"
 * IntakeProblem.FILE_TOO_LARGE.httpStatus(); // 413
 * }</pre>
 */
public enum IntakeProblem {
    /** The upload has no bytes. */
    FILE_EMPTY("file-empty", 422),
    /**
     * The upload has more bytes than allowed, an image more pixels, or a PDF more objects than are read to check
     * it for active content.
     */
    FILE_TOO_LARGE("file-too-large", 413),
    /** The content is not a PDF, OFD, PNG or JPEG, whatever its name or declared type says. */
    TYPE_NOT_ALLOWED("type-not-allowed", 415),
    /** The client declared one media type and sent content of another. */
    TYPE_MISMATCH("type-mismatch", 415),
    /** The content is of an allowed type but truncated, damaged, encrypted or otherwise unreadable. */
    FILE_MALFORMED("file-malformed", 422),
    /**
     * A PDF holds what a reader would run or open: JavaScript, a launch action, an embedded file or attachment,
     * an action opening another file or sending form data, or an XFA form.
     */
    FILE_ACTIVE_CONTENT("file-active-content", 422),
    /** An OFD package would inflate to too many bytes, too many entries, or inflates at too high a ratio. */
    ARCHIVE_BOMB("archive-bomb", 422),
    /** An OFD package names an entry outside the package: absolute, with {@code ..}, a backslash or a drive. */
    ARCHIVE_PATH_ESCAPE("archive-path-escape", 422);

    private final String code;
    private final int httpStatus;

    IntakeProblem(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The stable lowercase-kebab code, e.g. {@code "type-mismatch"}. */
    public String code() {
        return code;
    }

    /** The HTTP status that answers an upload refused for this problem. */
    public int httpStatus() {
        return httpStatus;
    }
}
