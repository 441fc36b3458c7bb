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
}
