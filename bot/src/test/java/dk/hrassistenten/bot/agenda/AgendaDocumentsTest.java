package dk.hrassistenten.bot.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hrassistenten.bot.store.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding the meeting a download names, and naming its file. */
class AgendaDocumentsTest {

    private Database database;
    private AgendaDocuments documents;

    @BeforeEach
    void start() throws Exception {
        database = Database.open(null, Files.createTempDirectory("agenda"));
        documents = new AgendaDocuments(Forums.example(), new AgendaStore(database, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void aMeetingIsFoundByAliasAndAnyDateFormAndItsPathRoundTrips() {
        AgendaDocuments.Document doc = documents.docx("hmu", "10. december 2099");
        assertThat(doc.fileName()).isEqualTo("Dagsorden HMU Eksempel 2099-12-10.docx");
        assertThat(doc.asciiFileName()).isEqualTo("Dagsorden-HMU-Eksempel-2099-12-10.docx");
        assertThat(doc.bytes()).startsWith('P', 'K');
        Forum forum = Forums.example().find("HMU").orElseThrow();
        assertThat(AgendaDocuments.path(forum, LocalDate.of(2099, 12, 10))).isEqualTo("/agenda/export.docx?forum=HMU+Eksempel&date=2099-12-10");
    }

    @Test
    void aMissingOrUnknownForumOrABadDateSaysWhatToFix() {
        assertThatThrownBy(() -> documents.docx(null, "2099-12-10")).hasMessage("agenda.error.forum_missing");
        assertThatThrownBy(() -> documents.docx("HMU Ukendt", "2099-12-10")).hasMessage("agenda.error.forum_unknown");
        assertThatThrownBy(() -> documents.docx("HMU", "")).hasMessage("agenda.error.date_missing");
        assertThatThrownBy(() -> documents.docx("HMU", "2099-13-45")).hasMessage("agenda.error.date");
    }

    @Test
    void danishLettersBecomeAsciiWhereOnlyAsciiMayGo() {
        assertThat(new AgendaDocuments.Document("Dagsorden HMU Socialområdet Ærø 2026-12-10.docx", new byte[0]).asciiFileName())
                .isEqualTo("Dagsorden-HMU-Socialomraadet-Aeroe-2026-12-10.docx");
    }
}
