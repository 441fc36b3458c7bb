package dk.hrassistenten.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads .docx with POI. Word headings become Markdown headings and list paragraphs become bullets,
 * so the structure parser sees the same shapes as in the Markdown documents.
 */
final class DocxReader implements FormatReader {

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".docx");
    }

    @Override
    public String read(byte[] content) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = new ByteArrayInputStream(content); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    appendParagraph(paragraph, text);
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, text);
                }
            }
        } catch (RuntimeException e) { // POI signals a broken file with unchecked exceptions
            throw new IOException("not a readable .docx: " + e.getClass().getSimpleName(), e);
        }
        return text.toString();
    }

    /**
     * A table as HtmlText writes an HTML table (TextTables.pipeTable), so that each row is later read with its
     * columns' names ("Stil om til: Lønbordet Klintevig"); a table of one row or one column is only its cells' text.
     */
    private static void appendTable(XWPFTable table, StringBuilder text) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(c -> c.getText().strip().replaceAll("\\s+", " ").replace("|", "\\|")).toList());
        }
        TextTables.pipeTable(rows).ifPresentOrElse(t -> text.append(t).append("\n\n"),
                () -> rows.forEach(r -> r.stream().filter(c -> !c.isEmpty()).forEach(c -> text.append(c).append("\n\n"))));
    }

    private static void appendParagraph(XWPFParagraph paragraph, StringBuilder text) {
        String content = paragraph.getText().strip();
        if (content.isEmpty()) {
            return;
        }
        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(java.util.Locale.ROOT);
        if (style.startsWith("heading") || style.startsWith("overskrift") || style.equals("title") || style.equals("titel")) {
            int level = style.replaceAll("\\D", "").isEmpty() ? 1 : Integer.parseInt(style.replaceAll("\\D", ""));
            text.append("#".repeat(Math.min(Math.max(level, 1), 6))).append(' ').append(content).append("\n\n");
        } else if (paragraph.getNumID() != null) {
            text.append("- ").append(content).append('\n');
        } else {
            text.append(content).append("\n\n");
        }
    }
}
