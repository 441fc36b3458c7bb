package dk.hrassistenten.bot.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The Word agenda, opened again with POI as Word would open it. */
class AgendaDocxTest {

    private static final Forum FORUM = new Forum("HMU Psykiatri", List.of(), List.of("sek"), LocalTime.of(14, 0), 10, "Mødelokale 2");
    private static final LocalDate DATE = LocalDate.of(2026, 12, 10);

    private static AgendaItem item(long id, int position, String title, String recommendation, String description, String caseNumber,
                                   int minutes, List<String> attachments) {
        return new AgendaItem(id, FORUM.name(), DATE, position, title, recommendation, description, caseNumber, minutes, attachments,
                "sek", OffsetDateTime.now());
    }

    private static List<String> paragraphs(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
        }
    }

    @Test
    void theDocumentHoldsTheHeadingTheContentsAndEveryItemsFieldsInOrder() throws Exception {
        Meeting meeting = Meeting.of(FORUM, DATE, List.of(
                item(1, 1, "Orientering om vikarer", "HMU tager orienteringen til efterretning", "Der har været mange vikarer.\nIsær om natten.",
                        "1-13-3-65-23", 20, List.of("Notat.pdf", "Plan.pdf")),
                item(2, 2, "Budget", null, null, null, 10, List.of())));

        List<String> text = paragraphs(AgendaDocx.render(meeting));

        assertThat(text).containsSubsequence("Dagsorden", "Møde i HMU Psykiatri", "10. december 2026 kl. 14.00", "Mødelokale 2",
                "Indholdsfortegnelse", "1. Orientering om vikarer (kl. 14.00-14.20)", "2. Budget (kl. 14.20-14.30)",
                "1-13-3-65-23", "1. Orientering om vikarer (kl. 14.00-14.20)", "Det indstilles, at", "HMU tager orienteringen til efterretning",
                "Sagsfremstilling", "Der har været mange vikarer.", "Især om natten.", "Bilag", "- Notat.pdf", "- Plan.pdf",
                "2. Budget (kl. 14.20-14.30)");
        assertThat(text.subList(text.lastIndexOf("2. Budget (kl. 14.20-14.30)"), text.size())).as("an item without fields has only its heading")
                .containsExactly("2. Budget (kl. 14.20-14.30)");
    }

    @Test
    void anEmptyAgendaSaysSoAndControlCharactersAreLeftOut() throws Exception {
        assertThat(paragraphs(AgendaDocx.render(Meeting.of(FORUM, DATE, List.of())))).contains("Der er endnu ingen punkter på dagsordenen.");
        Meeting odd = Meeting.of(FORUM, DATE, List.of(item(1, 1, "Bud\u0001get <b>&</b>", null, null, null, 10, List.of())));
        assertThat(paragraphs(AgendaDocx.render(odd))).contains("1. Budget <b>&</b> (kl. 14.00-14.10)");
    }

    /** An office program of its own, when one is installed: docx2txt (bin/test installs it), else LibreOffice. */
    private static List<String> readerCommand(java.nio.file.Path docx) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, "docx2txt"))) {
                return List.of(dir + "/docx2txt", docx.toString(), "-");
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String office : new String[] {"soffice", "libreoffice"}) {
                if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, office))) {
                    return List.of(dir + "/" + office, "--headless", "--cat", docx.toString());
                }
            }
        }
        return null;
    }

    @Test
    void anotherProgramThanPoiReadsTheSameAgendaWhenOneIsInstalled(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path docx = java.nio.file.Files.write(dir.resolve("dagsorden.docx"), AgendaDocx.render(Meeting.of(FORUM, DATE, List.of(
                item(1, 1, "Orientering om vikarer", "HMU tager orienteringen til efterretning", "Mange vikarer.", "1-13-3-65-23", 20,
                        List.of("Notat.pdf")),
                item(2, 2, "Budget", null, null, null, 10, List.of())))));
        List<String> command = readerCommand(docx);
        org.junit.jupiter.api.Assumptions.assumeTrue(command != null, "neither docx2txt nor LibreOffice is installed");

        Process reader = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(reader.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(reader.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(reader.exitValue()).as(command.get(0)).isZero();
        assertThat(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).as(command.get(0) + " reads:\n" + text)
                .containsSubsequence("Dagsorden", "Møde i HMU Psykiatri", "10. december 2026 kl. 14.00", "Indholdsfortegnelse",
                        "1. Orientering om vikarer (kl. 14.00-14.20)", "2. Budget (kl. 14.20-14.30)", "1-13-3-65-23",
                        "1. Orientering om vikarer (kl. 14.00-14.20)", "Det indstilles, at", "HMU tager orienteringen til efterretning",
                        "Sagsfremstilling", "Mange vikarer.", "Bilag", "2. Budget (kl. 14.20-14.30)");
        assertThat(text).contains("Notat.pdf");
    }
}
