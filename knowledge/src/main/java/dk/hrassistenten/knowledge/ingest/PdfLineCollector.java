package dk.hrassistenten.knowledge.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lets PDFBox find the lines and words of each page (in reading order by position) and keeps, for
 * every line, the typography of its characters instead of plain text: the layout is what tells
 * headings, paragraphs and page furniture apart.
 */
final class PdfLineCollector extends PDFTextStripper {

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();

    private PdfLineCollector() {
        setSortByPosition(true);
    }

    /** The lines of every page, top to bottom. */
    static List<List<PdfLine>> collect(PDDocument pdf) throws IOException {
        PdfLineCollector collector = new PdfLineCollector();
        collector.getText(pdf);
        return collector.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        pages.add(new ArrayList<>());
        text.setLength(0);
        positions.clear();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        super.endPage(page);
    }

    @Override
    protected void writeString(String string, List<TextPosition> textPositions) {
        if (!positions.isEmpty() && !textPositions.isEmpty() && text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            // Boxes of a drawn chart side by side ("3 Mandskabskontoret    4 Løn og Regnskab"), a table's cells: a gap
            // far wider than a space between words parts them, as a tab parts a Word table's cells.
            TextPosition last = positions.get(positions.size() - 1);
            TextPosition next = textPositions.get(0);
            float gap = next.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
            if (gap > COLUMN_GAP_EMS * sizeOf(next)) {
                text.setCharAt(text.length() - 1, '\t');
            }
        }
        text.append(string);
        positions.addAll(textPositions);
    }

    /** A gap between words this many times the font size parts columns; a justified line's spaces stay below one. */
    private static final float COLUMN_GAP_EMS = 2.5f;

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String line = text.toString().strip();
        List<TextPosition> glyphs = positions.stream().filter(p -> p.getUnicode() != null && !p.getUnicode().isBlank()).toList();
        text.setLength(0);
        positions.clear();
        if (line.isEmpty() || glyphs.isEmpty() || pages.isEmpty()) {
            return;
        }
        Map<Float, Integer> sizes = new HashMap<>();
        int letters = 0;
        int boldLetters = 0;
        float[] baselines = new float[glyphs.size()];
        float x = Float.MAX_VALUE;
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition p = glyphs.get(i);
            sizes.merge(Math.round(sizeOf(p) * 2) / 2f, 1, Integer::sum);
            if (Character.isLetterOrDigit(p.getUnicode().codePointAt(0))) {
                letters++;
                if (isBold(p.getFont())) {
                    boldLetters++;
                }
            }
            baselines[i] = p.getYDirAdj();
            x = Math.min(x, p.getXDirAdj());
        }
        Arrays.sort(baselines);
        float size = sizes.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        boolean bold = letters > 0 && boldLetters >= 0.8 * letters;
        pages.get(pages.size() - 1).add(new PdfLine(line, x, baselines[baselines.length / 2], size, bold));
    }

    /**
     * The size a character is shown at: the font size scaled by the text and page transforms (a PDF may
     * set size 1 and scale the text matrix); PDFBox's own point size leaves out the page transform and
     * rounds to whole points.
     */
    private static float sizeOf(TextPosition p) {
        float scaled = (float) Math.abs(p.getTextMatrix().getScalingFactorY());
        return scaled > 0 ? scaled : p.getFontSizeInPt();
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor descriptor = f.getFontDescriptor();
            return name.matches(".*(bold|black|heavy|semibold|demibold|extrabold|-demi|,demi).*")
                    || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        });
    }
}
