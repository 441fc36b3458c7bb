package dk.hrassistenten.knowledge.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF with PDFBox and rebuilds its structure from its layout ({@link PdfLayout}): headings
 * from font size and weight become Markdown heading lines, paragraphs are separated by blank lines,
 * running headers, footers and page numbers are dropped, hyphenated line breaks are joined.
 */
final class PdfReader implements FormatReader {

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".pdf");
    }

    @Override
    public String read(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return PdfLayout.toText(PdfLineCollector.collect(pdf));
        }
    }
}
