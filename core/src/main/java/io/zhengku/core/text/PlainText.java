package io.zhengku.core.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule for text that people write into a record (明文规则): names, titles and free-text fields of metadata
 * and registrations. Such text is shown later by readers, pages and other systems, committed as salted hashes
 * and disclosed again, so it must be one visible line that means what it shows. Refused are:
 *
 * <ul>
 *   <li>control characters: C0 (U+0000–U+001F, NUL, tab and line breaks included), DEL and C1
 *   (U+0080–U+009F), and the line and paragraph separators U+2028 and U+2029. Line breaks too: a record's
 *   fields are single lines (an address is written on one line, as Chinese addresses are), and a committed
 *   value must have one spelling, which {@code \n} against {@code \r\n} would break;</li>
 *   <li>bidirectional controls: the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069 and the
 *   marks U+200E, U+200F and U+061C. They are invisible and reorder what is shown, so that a name can be
 *   made to read as another one (a reversed "exe" in a file name is the classic trick);</li>
 *   <li>lone surrogates, which are no character at all and have no UTF-8 form;</li>
 *   <li>noncharacters (U+FDD0–U+FDEF and the last two code points of every plane), which Unicode reserves for
 *   a program's internal use and which never belong in interchanged text.</li>
 * </ul>
 *
 * <p>{@link #firstFlawInName} also refuses {@code <} and {@code >}: no official name of a person, business
 * or department contains them (Chinese titles use 《》, which stay allowed), while markup in a name is a
 * probe of whoever displays it. Zhengku's own pages insert text as text; other systems that receive the
 * fields may not. Free text such as an extension field keeps them, and relies on being escaped where shown.
 *
 * <pre>{@code
 * PlainText.firstFlaw("上海某某" + (char) 0x202E + "公司").orElseThrow().explain("holderName");
 * // "holderName has a bidirectional control character U+202E at character 5; remove it: ..."
 * }</pre>
 */
public final class PlainText {

    private PlainText() {
    }

    /** What makes text unacceptable, and what the writer should do about it. */
    public enum Kind {
        CONTROL_CHARACTER("a control character or line break",
                "write the text on one line, without tabs or other control characters"),
        BIDI_CONTROL("a bidirectional control character",
                "remove it: it is invisible and changes the order in which the text is shown"),
        LONE_SURROGATE("a lone surrogate", "the text was damaged on its way; send it again as UTF-8"),
        NONCHARACTER("a Unicode noncharacter", "remove it: it is reserved for programs and is no part of text"),
        MARKUP("a markup character", "remove it: a name has no < or >");

        private final String words;
        private final String advice;

        Kind(String words, String advice) {
            this.words = words;
            this.advice = advice;
        }

        /** The kind in words, e.g. {@code "a bidirectional control character"}. */
        public String words() {
            return words;
        }

        /** What to do, e.g. {@code "remove it: it is invisible and ..."}. */
        public String advice() {
            return advice;
        }
    }

    /**
     * The first unacceptable character of a text: what it is and where, never the text around it, which may
     * be personal data.
     *
     * @param kind      why it is refused
     * @param position  its place in the text, counted in characters (code points) from 1, as a person counts
     * @param codePoint the character itself, or the surrogate's code unit
     */
    public record Flaw(Kind kind, int position, int codePoint) {

        public Flaw {
            requireNonNull(kind, "kind");
        }

        /**
         * A refusal of {@code field} for people, e.g. {@code "holderName has a bidirectional control character
         * U+202E at character 5; remove it: it is invisible and changes the order in which the text is shown"}.
         */
        public String explain(String field) {
            return field + " has " + kind.words() + " " + String.format(Locale.ROOT, "U+%04X", codePoint)
                    + " at character " + position + "; " + kind.advice();
        }
    }

    /** The first character of {@code text} that free text may not hold, if any. */
    public static Optional<Flaw> firstFlaw(String text) {
        return scan(text, false);
    }

    /** The first character of {@code text} that a name may not hold (free text's rule, and no {@code < >}). */
    public static Optional<Flaw> firstFlawInName(String text) {
        return scan(text, true);
    }

    private static Optional<Flaw> scan(String text, boolean name) {
        requireNonNull(text, "text");
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            position++;
            Kind kind = kindOf(codePoint, name);
            if (kind != null) {
                return Optional.of(new Flaw(kind, position, codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** Why {@code c} is refused, or {@code null}; a lone surrogate arrives as its own code unit. */
    private static Kind kindOf(int c, boolean name) {
        if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
            return Kind.CONTROL_CHARACTER;
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C) {
            return Kind.BIDI_CONTROL;
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return Kind.LONE_SURROGATE;
        }
        if (c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE) {
            return Kind.NONCHARACTER;
        }
        if (name && (c == '<' || c == '>')) {
            return Kind.MARKUP;
        }
        return null;
    }
}
