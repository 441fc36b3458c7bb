package dk.hrassistenten.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentParser;
import dk.hrassistenten.knowledge.document.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs written here with PDFBox, laid out as office PDFs are, read back into sections. */
class PdfReaderTest {

    private static final float BODY = 10.5f;
    private static final float LEADING = 14f;
    private static final float PARAGRAPH = 22f;
    private static final float LEFT = 72f;

    @TempDir
    Path dir;

    @Test
    void headingsBecomeSectionsAndFurnitureIsDropped() throws Exception {
        Page p1 = new Page(1);
        p1.line(FontName.HELVETICA_BOLD, 18, "Politik for seniorordninger", 0);
        p1.line(FontName.HELVETICA, BODY, "Gældende fra 1. januar 2025", 26);
        p1.line(FontName.HELVETICA_BOLD, 14, "1. Formål", 34);
        p1.body(20, "Region Vestland ønsker at fastholde erfarne medar-",
                "bejdere og give dem gode vilkår i den sidste del af",
                "arbejdslivet.");
        p1.body(PARAGRAPH, "Politikken gælder for alle ansatte i regionen, også",
                "timelønnede og vikarer.");
        p1.line(FontName.HELVETICA_BOLD, 12, "Seniordage", 30);
        p1.body(18, "Medarbejdere på 60 år og derover har ret til to",
                "seniordage om året.");
        p1.body(PARAGRAPH, "Seniordagene skal aftales med lederen i god tid, så");
        Page p2 = new Page(2);
        p2.body(0, "planlægningen i afdelingen ikke forstyrres.");
        p2.line(FontName.HELVETICA_BOLD, 14, "2. Nedsat tid", 34);
        p2.body(20, "Du kan søge om nedsat tid fra det år, du fylder 62.");
        p2.line(FontName.HELVETICA_BOLD, 12, "Pension", 30);
        p2.body(18, "Går du ned i tid, kan pensionsbidraget fortsætte som",
                "ved fuld tid efter aftale med HR-",
                "afdelingen.");
        Path file = write("seniorpolitik.pdf", p1, p2);

        Document doc = parse(file);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of(),
                List.of("1. Formål"),
                List.of("1. Formål", "Seniordage"),
                List.of("2. Nedsat tid"),
                List.of("2. Nedsat tid", "Pension"));
        assertThat(doc.metadata().title()).isEqualTo("Politik for seniorordninger");
        assertThat(doc.metadata().date()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(doc.sections()).allSatisfy(s -> assertThat(s.body()).doesNotContain("Region Vestland – Politik", "Side", "\n1", "\n2"));
        assertThat(doc.sections().get(0).body()).isEqualTo("Gældende fra 1. januar 2025");
        assertThat(doc.sections().get(1).body()).isEqualTo(
                "Region Vestland ønsker at fastholde erfarne medarbejdere og give dem gode vilkår i den sidste del af arbejdslivet.\n"
                        + "Politikken gælder for alle ansatte i regionen, også timelønnede og vikarer.");
        assertThat(doc.sections().get(2).body()).isEqualTo(
                "Medarbejdere på 60 år og derover har ret til to seniordage om året.\n"
                        + "Seniordagene skal aftales med lederen i god tid, så planlægningen i afdelingen ikke forstyrres.");
        assertThat(doc.sections().get(4).body()).endsWith("efter aftale med HR-afdelingen.");
    }

    @Test
    void markdownLinesComeOutByFontSizeWithTheDateOnALineOfItsOwn() throws Exception {
        Page p1 = new Page(1);
        p1.line(FontName.HELVETICA_BOLD, 18, "Politik for seniorordninger", 0);
        p1.line(FontName.HELVETICA, BODY, "Gældende fra 1. januar 2025", 26);
        p1.line(FontName.HELVETICA_BOLD, 14, "Formål", 34);
        p1.body(20, "Politikken gælder for alle ansatte.");
        p1.line(FontName.HELVETICA_BOLD, 12, "Seniordage", 30);
        p1.body(18, "To dage om året.");
        p1.line(FontName.HELVETICA_BOLD, BODY, "Hvem betaler?", 26);
        p1.body(16, "Arbejdsgiveren.");

        String text = new PdfReader().read(java.nio.file.Files.readAllBytes(write("a.pdf", p1)));

        assertThat(text.strip().split("\n")).containsExactly(
                "# Politik for seniorordninger", "", "Gældende fra 1. januar 2025", "", "## Formål", "",
                "Politikken gælder for alle ansatte.", "", "### Seniordage", "", "To dage om året.", "",
                "Hvem betaler?", "", "Arbejdsgiveren.");
    }

    @Test
    void runningHeadersAndPageNumbersGoButRepeatedTextInsideThePageStays() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Page page = new Page(n);
            page.line(FontName.HELVETICA, 8, "Personalehåndbog 2025 · version " + (n + 3), -40);
            page.line(FontName.HELVETICA_BOLD, 14, "Kapitel " + n, 40);
            page.body(20, "Se også afsnittet nedenfor.", "Afsnit " + n + " handler om ferie.");
            page.footer(n + "/3");
            pages.add(page);
        }
        for (int n = 4; n <= 6; n++) {
            Page page = new Page(n);
            page.line(FontName.HELVETICA, BODY, "Kapitel " + (n < 6 ? "4: Ferie " : "5: Sygdom ") + n, -40);
            page.body(40, n < 6 ? "Ferie holdes efter aftale med lederen." : "Sygdom meldes før kl. 9.", "Mere i afsnit " + n + ".",
                    "Spørg HR.");
            page.footer(n + "/6");
            pages.add(page);
        }
        String text = new PdfReader().read(java.nio.file.Files.readAllBytes(write("b.pdf", pages.toArray(Page[]::new))));

        assertThat(text).doesNotContain("Personalehåndbog", "/3", "/6", "Kapitel 4", "Kapitel 5", "Region Vestland");
        assertThat(text).contains("Mere i afsnit 4.", "Mere i afsnit 6.");
        assertThat(text).contains("## Kapitel 1", "## Kapitel 3", "Se også afsnittet nedenfor.\nAfsnit 2 handler om ferie.");
    }

    @Test
    void boldEmphasisInsideAParagraphAndSharedWordPartsStayText() throws Exception {
        Page p1 = new Page(1);
        p1.line(FontName.HELVETICA_BOLD, 14, "Ferie", 0);
        p1.body(20, "Ferie aftales med lederen og med løn-");
        p1.line(FontName.HELVETICA, BODY, "og personaleafdelingen, og", LEADING);
        p1.line(FontName.HELVETICA_BOLD, BODY, "hovedferien skal meldes", LEADING);
        p1.line(FontName.HELVETICA, BODY, "senest 1. marts.", LEADING);

        String text = new PdfReader().read(java.nio.file.Files.readAllBytes(write("c.pdf", p1)));

        assertThat(text).isEqualTo("""
                # Ferie

                Ferie aftales med lederen og med løn-
                og personaleafdelingen, og
                hovedferien skal meldes
                senest 1. marts.
                """);
    }

    /** Boxes of a drawn chart side by side: the wide gap between them parts them as a tab does, a space does not. */
    @Test
    void textFarApartOnOneLineIsPartedByATab() throws Exception {
        Page p1 = new Page(1);
        p1.body(20, "Organisationen i boksene herunder gælder fra 1. oktober.");
        p1.line(FontName.HELVETICA, BODY, "3 Kørselskontoret", 30);
        p1.beside(300, "4 Sundhed og Miljø");
        p1.line(FontName.HELVETICA, BODY, "Leder: Jens Holt", LEADING);
        p1.beside(300, "Leder: Mia Ravn");

        String text = new PdfReader().read(java.nio.file.Files.readAllBytes(write("d.pdf", p1)));

        assertThat(text).contains("3 Kørselskontoret\t4 Sundhed og Miljø", "Leder: Jens Holt\tLeder: Mia Ravn")
                .contains("Organisationen i boksene herunder gælder fra 1. oktober.");
    }

    private Document parse(Path file) throws Exception {
        SourceText source = new CorpusReader().readOne(file, file.getFileName().toString()).orElseThrow();
        return DocumentParser.parse(source, Map.of());
    }

    /** Text shown on one A4 page, top down: each line a distance below the one before. */
    private static final class Page {
        private record Shown(FontName font, float size, float x, float y, String text) {
        }

        private final List<Shown> shown = new ArrayList<>();
        private final int number;
        private float y = 770;

        Page(int number) {
            this.number = number;
        }

        /** A line `below` points under the previous one (a negative value: above the first). */
        void line(FontName font, float size, String text, float below) {
            if (below < 0) {
                shown.add(new Shown(font, size, LEFT, 842 + below, text));
                return;
            }
            y -= below;
            shown.add(new Shown(font, size, LEFT, y, text));
        }

        /** Text on the line just shown, starting at x: a box beside another, a table's next cell. */
        void beside(float x, String text) {
            shown.add(new Shown(FontName.HELVETICA, BODY, x, y, text));
        }

        /** A body paragraph starting `below` points under the previous line. */
        void body(float below, String... lines) {
            for (int i = 0; i < lines.length; i++) {
                line(FontName.HELVETICA, BODY, lines[i], i == 0 ? below : LEADING);
            }
        }

        /** The running footer with its page number and, at the right, the page number alone. */
        void footer(String pageNumber) {
            shown.add(new Shown(FontName.HELVETICA, 9, LEFT, 40, "Region Vestland – Politik – Side " + number));
            shown.add(new Shown(FontName.HELVETICA, 9, 520, 26, pageNumber));
        }
    }

    private Path write(String name, Page... pages) throws Exception {
        Path file = dir.resolve(name);
        try (PDDocument pdf = new PDDocument()) {
            for (Page page : pages) {
                if (page.shown.stream().noneMatch(s -> s.y() < 60)) {
                    page.footer(String.valueOf(page.number));
                }
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                try (PDPageContentStream content = new PDPageContentStream(pdf, p)) {
                    for (Page.Shown s : page.shown) {
                        content.beginText();
                        content.setFont(new PDType1Font(s.font()), s.size());
                        content.newLineAtOffset(s.x(), s.y());
                        content.showText(s.text());
                        content.endText();
                    }
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
