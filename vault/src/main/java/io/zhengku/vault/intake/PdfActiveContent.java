package io.zhengku.vault.intake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * Finds active content (活动内容) in a parsed PDF: anything that makes a reader run a script, start a program,
 * open or send something, or that carries another file. A sealed licence is opened by clerks and relying
 * parties in their own readers, so it must be a document and nothing more.
 *
 * <p>The search is over PDFBox's object model, not the bytes (names can be written with {@code #xx} escapes
 * and objects hidden in compressed object streams): every object reachable from the trailer (catalog,
 * {@code /OpenAction}, {@code /AA} of the document, pages, annotations and form fields, name trees, action
 * chains by {@code /Next}) and every indirect object of the cross-reference table besides, so that an action
 * in an unusual place, or one no dictionary names yet, is found as well. Each indirect object is read once,
 * so cycles end; the walk keeps its own stack, so depth costs no Java stack; and it reads at most
 * {@link #MAX_OBJECTS} objects and {@link #MAX_VALUES} values, so that a file of a million tiny objects is
 * refused rather than read for seconds into hundreds of megabytes.
 *
 * <p>Found, in any dictionary: {@code /S /JavaScript}, a {@code /JS} script (JavaScript and Rendition
 * actions) and the document's {@code /JavaScript} name tree; {@code /S /Launch}; embedded files
 * ({@code /EmbeddedFiles} name trees, {@code /EF} in file specifications, {@code /Type /EmbeddedFile}
 * streams) and {@code /FileAttachment} annotations; {@code /S /GoToR} and {@code /S /GoToE}, which open another
 * file — on a network path that is how a PDF leaks the reader's Windows credentials; {@code /S /SubmitForm}
 * and {@code /S /ImportData}, which send form data to an address or read it from a file; and XFA forms
 * ({@code /XFA}), whose templates carry scripts. Still accepted are what only moves within the document or is
 * shown to the reader: {@code /GoTo} links and an {@code /OpenAction} that opens a page, named actions, and
 * {@code /URI} links, which readers open only after asking and which a licence may carry to its issuer's site.
 */
final class PdfActiveContent {

    /** A kind of active content, in the words the refusal uses. */
    enum Kind {
        JAVASCRIPT("JavaScript"),
        LAUNCH("a launch action, which starts a program or opens a file"),
        EMBEDDED_FILE("an embedded file"),
        FILE_ATTACHMENT("a file attachment annotation"),
        OTHER_FILE("an action that opens another file (GoToR or GoToE)"),
        FORM_TRANSFER("a form action that sends or imports data (SubmitForm or ImportData)"),
        XFA_FORM("an XFA form, which can carry scripts");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final Map<COSName, Kind> ACTIONS = Map.of(
            COSName.JAVA_SCRIPT, Kind.JAVASCRIPT,
            COSName.getPDFName("Launch"), Kind.LAUNCH,
            COSName.getPDFName("GoToR"), Kind.OTHER_FILE,
            COSName.getPDFName("GoToE"), Kind.OTHER_FILE,
            COSName.getPDFName("SubmitForm"), Kind.FORM_TRANSFER,
            COSName.getPDFName("ImportData"), Kind.FORM_TRANSFER);

    /**
     * The most indirect objects read. Each costs a parse and stays in memory until the document is closed: a
     * 36-page manual has 440 and a 2,000-page scan about 8,000; 100,000 hostile one-line objects (11 MiB) took
     * 2 to 4 s and 90 MiB to read on a busy two-core machine, while a million (50 MiB) would take 10 s and
     * 600 MiB, so more are refused unread. A one-page PDF costs about 30 us, a fifth of opening it.
     */
    static final int MAX_OBJECTS = 100_000;
    /** The most values looked at, about 15 per object in ordinary documents. */
    static final int MAX_VALUES = 3_000_000;

    private final int maxObjects;
    private final int maxValues;
    private final Set<Kind> found = EnumSet.noneOf(Kind.class);
    private final Set<COSObjectKey> readObjects = new HashSet<>();
    private final Deque<COSBase> pending = new ArrayDeque<>();
    private int values;

    private PdfActiveContent(int maxObjects, int maxValues) {
        this.maxObjects = maxObjects;
        this.maxValues = maxValues;
    }

    /**
     * The kinds of active content in {@code document}, none when it is a plain document.
     *
     * @throws IntakeException {@link IntakeProblem#FILE_TOO_LARGE} when the document has more than
     *                         {@link #MAX_OBJECTS} objects or {@link #MAX_VALUES} values to look at
     */
    static Set<Kind> in(COSDocument document) {
        return in(document, MAX_OBJECTS, MAX_VALUES);
    }

    /** As {@link #in(COSDocument)}, within other bounds. */
    static Set<Kind> in(COSDocument document, int maxObjects, int maxValues) {
        PdfActiveContent search = new PdfActiveContent(maxObjects, maxValues);
        Set<COSObjectKey> listed = document.getXrefTable().keySet();
        if (listed.size() > maxObjects) {
            throw search.tooLarge();
        }
        search.walkFrom(document.getTrailer());
        for (COSObjectKey key : new ArrayList<>(listed)) {
            search.walkFrom(document.getObjectFromPool(key));
        }
        return search.found;
    }

    private void walkFrom(COSBase start) {
        pending.push(start);
        while (!pending.isEmpty()) {
            COSBase value = pending.pop();
            count();
            if (value instanceof COSObject reference) {
                read(reference);
            } else if (value instanceof COSDictionary dictionary) {
                look(dictionary);
                dictionary.getValues().forEach(this::push);
            } else if (value instanceof COSArray array) {
                array.forEach(this::push);
            }
        }
    }

    /** Reads each indirect object once, which ends every cycle. */
    private void read(COSObject reference) {
        COSObjectKey key = reference.getKey();
        if (key == null || readObjects.add(key)) {
            if (readObjects.size() > maxObjects) {
                throw tooLarge();
            }
            push(reference.getObject());
        }
    }

    /** Only containers and references lead anywhere; numbers, strings, names and null are only counted. */
    private void push(COSBase value) {
        if (value instanceof COSObject || value instanceof COSDictionary || value instanceof COSArray) {
            pending.push(value);
        } else if (value != null) {
            count();
        }
    }

    private void count() {
        if (++values > maxValues) {
            throw tooLarge();
        }
    }

    private IntakeException tooLarge() {
        return new IntakeException(IntakeProblem.FILE_TOO_LARGE, "The PDF has more than " + maxObjects
                + " objects or " + maxValues + " values, more than the vault reads to check it for scripts and"
                + " attachments; export it again (for example by printing it to a new PDF), or split it, and"
                + " upload the new file.");
    }

    private void look(COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            found.add(Kind.JAVASCRIPT);
        }
        COSName type = dictionary.getCOSName(COSName.S);
        if (type != null && ACTIONS.containsKey(type)) {
            found.add(ACTIONS.get(type));
        }
        if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
            found.add(Kind.EMBEDDED_FILE);
        }
        if (FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            found.add(Kind.FILE_ATTACHMENT);
        }
        if (dictionary.containsKey(COSName.XFA)) {
            found.add(Kind.XFA_FORM);
        }
    }
}
