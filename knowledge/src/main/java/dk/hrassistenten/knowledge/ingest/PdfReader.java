package dk.hrassistenten.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads PDF text page by page with PDFBox, and drops page furniture: lines that open or close most
 * pages (running headers, footers, page numbers) say nothing about the content.
 */
final class PdfReader implements FormatReader {

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".pdf");
    }

    @Override
    public String read(Path file) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(List.of(stripper.getText(pdf).split("\\R", -1)));
            }
        }
        return joinWithoutFurniture(pages);
    }

    static String joinWithoutFurniture(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> page : pages) {
            for (String edge : edgeLines(page)) {
                edgeCounts.merge(normalise(edge), 1, Integer::sum);
            }
        }
        int threshold = Math.max(3, (pages.size() + 1) / 2);
        StringBuilder text = new StringBuilder();
        for (List<String> page : pages) {
            List<String> edges = edgeLines(page);
            for (String line : page) {
                boolean furniture = edges.contains(line)
                        && (edgeCounts.getOrDefault(normalise(line), 0) >= threshold && pages.size() >= 3
                                || line.strip().matches("(?i)(side|page)?\\s*\\d{1,3}(\\s*(af|of|/)\\s*\\d{1,3})?"));
                if (!furniture) {
                    text.append(line).append('\n');
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The first two and last two non-blank lines of a page. */
    private static List<String> edgeLines(List<String> page) {
        List<String> nonBlank = page.stream().filter(l -> !l.isBlank()).toList();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < nonBlank.size() && i < 2; i++) {
            edges.add(nonBlank.get(i));
        }
        for (int i = Math.max(2, nonBlank.size() - 2); i < nonBlank.size(); i++) {
            edges.add(nonBlank.get(i));
        }
        return edges;
    }

    /** Page numbers differ from page to page; compare furniture with digits masked. */
    private static String normalise(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
