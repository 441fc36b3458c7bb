package dk.hrassistenten.knowledge.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real PDF and Word files for the tests of readers and sources, made with the libraries that read them. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A one-page PDF with each line on a line of its own, in Helvetica 12. */
    public static byte[] pdf(String... lines) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        content.newLineAtOffset(0, -24);
                    }
                    content.showText(lines[i]);
                }
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A .docx of one paragraph. */
    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
