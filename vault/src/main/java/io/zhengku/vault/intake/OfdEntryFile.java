package io.zhengku.vault.intake;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks {@code OFD.xml}, the entry file (入口文件) of an OFD package: well-formed XML whose root is
 * {@code ofd:OFD}.
 *
 * <p>It is read with SAX, so a large entry file costs no memory, and with DTDs refused outright, which rules out
 * entity expansion and every external fetch; OFD entry files never have a DTD.
 */
final class OfdEntryFile {

    static final String NAME = "OFD.xml";
    private static final String ROOT = "OFD";

    private OfdEntryFile() {
    }

    /** Parses the entry file from {@code in}, refusing it with {@link IntakeProblem#FILE_MALFORMED}. */
    static void requireWellFormed(InputStream in) throws IOException {
        RootElement root = new RootElement();
        try {
            hardenedParser().parse(in, root);
        } catch (SAXParseException e) {
            throw malformed("is not well-formed XML (line " + e.getLineNumber() + ")", e);
        } catch (SAXException e) {
            throw malformed("is not well-formed XML", e);
        }
        if (!ROOT.equals(root.localName)) {
            throw malformed("has another root element than <ofd:OFD>", null);
        }
    }

    private static SAXParser hardenedParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser refuses the hardening features", e);
        }
    }

    private static IntakeException malformed(String what, Throwable cause) {
        return new IntakeException(IntakeProblem.FILE_MALFORMED, "The OFD package's " + NAME + " " + what
                + "; export the document again and upload the new file.", cause);
    }

    /** Remembers the local name of the first element, the root. */
    private static final class RootElement extends DefaultHandler {
        private String localName;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (this.localName == null) {
                this.localName = localName;
            }
        }
    }
}
