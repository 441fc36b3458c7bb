package dk.hrassistenten.bot.agenda;

import dk.hrassistenten.bot.store.Database;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.TestKnowledge;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agenda through the assistant, as every channel uses it, on an embedded H2 database. */
class AgendaCommandTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private Database database;
    private AgendaStore store;
    private Assistant assistant;

    private static Forums forums() throws java.io.IOException {
        return Forums.parse(new ByteArrayInputStream("""
                forums:
                  - name: HMU Psykiatri
                    aliases: [HMU Psyk]
                    secretaries: [sek1, Sekretaer@Example.org]
                    starts: "14:00"
                    default_minutes: 10
                    place: Mødelokale 2
                  - name: LMU Hospital
                    secretaries: ["*"]
                    starts: "09:00"
                    default_minutes: 15
                """.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @BeforeEach
    void start() throws Exception {
        Forums forums = forums();
        database = Database.open(null, Files.createTempDirectory("agenda"));
        store = new AgendaStore(database, TODAY);
        assistant = new Assistant(() -> TestKnowledge.of("mixed"), new SimpleMeterRegistry(),
                dk.hrassistenten.bot.AssistantParts.none().withCommands(List.of(new AgendaCommand(forums, store, TODAY))));
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private Reply say(String user, String text) {
        return assistant.handle(new Inbound(Channel.API, user, text, null, null));
    }

    private int stored() {
        return store.list("HMU Psykiatri", java.time.LocalDate.of(2026, 12, 10)).size();
    }

    @Test
    void someoneNoOneVouchesForMayListButNotChangeEvenAForumOpenToAnyone() {
        Reply added = say("sek1", "/dagsorden tilføj forum=\"LMU Hospital\" dato=2026-12-10 titel=\"Budget\"");
        assertThat(added.kind()).isEqualTo(ReplyKind.AGENDA);
        long id = ((Number) added.agenda().get("id")).longValue();
        for (String change : new String[] {"/dagsorden tilføj forum=\"LMU Hospital\" dato=2026-12-10 titel=\"Anonymt\"",
                "/dagsorden flyt id=" + id + " position=1", "/dagsorden fjern id=" + id, "/dagsorden fortryd",
                "/dagsorden\u2003tilføj forum=\"LMU Hospital\" dato=2026-12-10 titel=\"Anonymt\""}) {
            Reply refused = say(null, change);
            assertThat(refused.kind()).as(change).isEqualTo(ReplyKind.ERROR);
            assertThat(refused.text()).as(change).contains("ikke logget ind").contains("/auth/login");
        }
        assertThat(say(null, "/agenda add forum=\"LMU Hospital\" date=2026-12-10 title=\"Anonymous\"").text()).contains("not signed in");
        assertThat(store.list("LMU Hospital", java.time.LocalDate.of(2026, 12, 10))).extracting(AgendaItem::title).containsExactly("Budget");
        assertThat(say(null, "/dagsorden vis forum=\"LMU Hospital\" dato=2026-12-10").kind()).isEqualTo(ReplyKind.AGENDA);
    }

    @Test
    void todayIsTheDanishDateWhateverTheClocksZone() throws Exception {
        // 23:30 UTC on 9 December is 00:30 on 10 December in Copenhagen: the 9th is past there, though a UTC clock
        // (a container's default zone) still says it is today.
        Clock utcJustAfterDanishMidnight = Clock.fixed(Instant.parse("2026-12-09T23:30:00Z"), java.time.ZoneOffset.UTC);
        Assistant late = new Assistant(() -> TestKnowledge.of("mixed"), new SimpleMeterRegistry(), dk.hrassistenten.bot.AssistantParts.none()
                .withCommands(List.of(new AgendaCommand(forums(), new AgendaStore(database, utcJustAfterDanishMidnight), utcJustAfterDanishMidnight))));
        Reply yesterday = late.handle(new Inbound(Channel.API, "sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-09 titel=Budget", null, null));
        assertThat(yesterday.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(yesterday.text()).contains("overstået");
        Reply today = late.handle(new Inbound(Channel.API, "sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=Budget", null, null));
        assertThat(today.kind()).isEqualTo(ReplyKind.AGENDA);
    }

    @Test
    void theCommandWorksWithoutItsSlashAsTeamsCommandMenuInsertsIt() {
        Reply added = say("sek1", "dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=\"Orientering om vikarer\"");
        assertThat(added.kind()).isEqualTo(ReplyKind.AGENDA);
        assertThat(stored()).isEqualTo(1);
        Reply list = say("anyone", "dagsorden vis forum=\"HMU Psykiatri\" dato=10.12.2026");
        assertThat(list.kind()).isEqualTo(ReplyKind.AGENDA);
        assertThat(list.text()).contains("Orientering om vikarer");
        assertThat(say("anyone", "Agenda list forum=\"HMU Psykiatri\" date=2026-12-10").text()).contains("Orientering om vikarer");
        // A question that starts with the command's word is still a question.
        assertThat(say("anyone", "Dagsorden for HMU, hvornår udsendes den?").kind()).isNotEqualTo(ReplyKind.AGENDA);
    }

    @Test
    void aSecretaryAddsWithTimeSlotsAndEveryoneCanListAndExport() {
        Reply first = say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=\"Orientering om vikarer\" minutter=20 "
                + "indstilling=\"HMU tager orienteringen til efterretning\" sagsnr=1-13-3-65-23 bilag=\"Notat.pdf; Plan.pdf\"");
        assertThat(first.kind()).isEqualTo(ReplyKind.AGENDA);
        assertThat(first.text()).contains("punkt 1").contains("kl. 14.00-14.20");
        assertThat(first.agenda()).containsEntry("position", 1).containsEntry("start", "14:00").containsEntry("end", "14:20")
                .containsEntry("case_number", "1-13-3-65-23").containsEntry("created_by", "sek1")
                .containsEntry("attachments", List.of("Notat.pdf", "Plan.pdf"));
        Reply second = say("sek1", "/agenda add forum=\"HMU Psykiatri\" date=\"10. december 2026\" title=Budget");
        assertThat(second.agenda()).containsEntry("position", 2).containsEntry("start", "14:20").containsEntry("end", "14:30");

        Reply list = say("anyone", "/dagsorden vis forum=\"HMU Psykiatri\" dato=10.12.2026");
        assertThat(list.kind()).isEqualTo(ReplyKind.AGENDA);
        assertThat(list.text()).contains("1. Orientering om vikarer (kl. 14.00-14.20)").contains("2. Budget (kl. 14.20-14.30)");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) list.agenda().get("items");
        assertThat(items).extracting(i -> i.get("title")).containsExactly("Orientering om vikarer", "Budget");

        Reply export = say("anyone", "/dagsorden eksport forum=\"HMU Psykiatri\" dato=2026-12-10");
        assertThat(export.text()).contains("# Dagsorden", "**Møde i HMU Psykiatri**", "**10. december 2026 kl. 14.00**", "**Mødelokale 2**",
                "## Indholdsfortegnelse", "## 1. Orientering om vikarer (kl. 14.00-14.20)", "1-13-3-65-23", "### Det indstilles, at",
                "### Bilag", "- Notat.pdf", "## 2. Budget (kl. 14.20-14.30)");
    }

    @Test
    void anExportAsWordNamesWhereToDownloadItAndAnUnknownFormatIsAnError() {
        say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=Budget");
        for (String command : new String[] {"/dagsorden eksport forum=\"HMU Psyk\" dato=10.12.2026 format=docx",
                "agenda export forum=\"HMU Psykiatri\" date=2026-12-10 format=DOCX"}) {
            Reply docx = say("anyone", command);
            assertThat(docx.kind()).as(command).isEqualTo(ReplyKind.AGENDA);
            assertThat(docx.agenda()).as(command).containsEntry("download", "/agenda/export.docx?forum=HMU+Psykiatri&date=2026-12-10")
                    .containsEntry("forum", "HMU Psykiatri").containsKey("items");
            assertThat(docx.text()).as(command).containsAnyOf("Word-dokument (1 punkt)", "Word document (1 item)");
        }
        Reply pdf = say("anyone", "/dagsorden eksport forum=\"HMU Psyk\" dato=2026-12-10 format=pdf");
        assertThat(pdf.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(pdf.text()).contains("\"pdf\"").contains("format=docx");
        assertThat(say("anyone", "/dagsorden vis forum=\"HMU Psyk\" dato=2026-12-10 format=docx").text())
                .as("only an export has a format").contains("format");
        assertThat(say("anyone", "hjælp dagsorden").text()).contains("format=docx").contains("Gør til dagsordenspunkt");
    }

    @Test
    void movingAndRemovingRenumberAndRetimeAndUndoReverses() {
        long a = id(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=A minutter=30"));
        say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=B");
        Reply moved = say("sek1", "/dagsorden flyt id=" + a + " position=2");
        assertThat(moved.agenda()).containsEntry("position", 2).containsEntry("start", "14:10").containsEntry("end", "14:40");
        Reply removed = say("sek1", "/dagsorden fjern id=" + a);
        assertThat(removed.text()).contains("Fjernet");
        assertThat(say("x", "/dagsorden vis forum=\"HMU Psyk\" dato=2026-12-10").text()).contains("1. B (kl. 14.00-14.10)").doesNotContain(" A ");
        Reply undone = say("sek1", "/dagsorden fortryd");
        assertThat(undone.text()).contains("Fortrudt");
        assertThat(say("x", "/dagsorden vis forum=\"HMU Psyk\" dato=2026-12-10").text()).contains("1. B", "2. A (kl. 14.10-14.40)");
    }

    @Test
    void anItemMayNotEndAfterMidnightNorBePutBackSoThatOneWould() {
        // LMU Hospital starts at 09:00: 900 minutes fill the day.
        String add = "/dagsorden tilføj forum=\"LMU Hospital\" dato=2026-12-10 titel=%s minutter=%d";
        say("a", add.formatted("Formiddag", 480));
        long evening = id(say("a", add.formatted("Aften", 420)));
        Reply refused = say("a", add.formatted("Nat", 1));
        assertThat(refused.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(refused.text()).contains("Et punkt på 1 minut kan ikke nå at slutte inden midnat", "kl. 09.00", "ingen minutter", "Intet er gemt");

        say("a", "/dagsorden fjern id=" + evening);
        say("b", add.formatted("Sen", 300));
        Reply undo = say("a", "/dagsorden fortryd");
        assertThat(undo.kind()).as("putting the 420 minutes back would end after midnight").isEqualTo(ReplyKind.ERROR);
        assertThat(undo.text()).contains("midnat", "kun 120 minutter");
        assertThat(store.list("LMU Hospital", java.time.LocalDate.of(2026, 12, 10))).extracting(AgendaItem::title)
                .containsExactly("Formiddag", "Sen");
    }

    @Test
    void badInputSaysWhatToFixAndStoresNothing() {
        String add = "/dagsorden tilføj dato=2026-12-10 titel=T forum=";
        assertThat(say("sek1", add + "\"HMU Psykiatry\"").text()).contains("Mente du: HMU Psykiatri");
        assertThat(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-11-01 titel=T").text()).contains("overstået");
        assertThat(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=31.02.2026 titel=T").text()).contains("kan jeg ikke læse");
        assertThat(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10").text()).contains("Angiv en titel");
        assertThat(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=\"" + "x".repeat(201) + "\"").text())
                .contains("titel er for langt");
        assertThat(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=T minutter=0").text()).contains("Minutter skal");
        assertThat(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=T sagsnr=\"hej med dig\"").text()).contains("Sagsnummeret");
        assertThat(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=T farve=rød").text()).contains("feltet farve");
        assertThat(say("sek1", "/dagsorden flyt id=4711 position=1").text()).contains("id 4711");
        assertThat(say("sek1", "/dagsorden flyt id=syv position=1").text()).contains("id skal være et tal");
        assertThat(say("sek1", "/dagsorden hop").kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(say("sek1", "/dagsorden fortryd").text()).contains("ingen ændringer");
        assertThat(stored()).isZero();
    }

    @Test
    void aSecretaryListedByEmailIsKnownByTheAddressTheChannelVouchesFor() {
        String add = "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=T";
        assertThat(assistant.handle(new Inbound(Channel.TEAMS, "aad-1", add, null, null)).kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(assistant.handle(new Inbound(Channel.TEAMS, "aad-1", add, null, null, "sekretaer@example.org")).kind())
                .isEqualTo(ReplyKind.AGENDA);
        assertThat(AgendaCommand.changesAnAgenda(add)).isTrue();
        assertThat(AgendaCommand.changesAnAgenda("dagsorden vis forum=HMU")).isFalse();
    }

    @Test
    void onlyAForumsSecretariesChangeItsAgenda() {
        Reply denied = say("intruder", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=T");
        assertThat(denied.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(denied.text()).contains("Kun sekretærerne for HMU Psykiatri");
        assertThat(stored()).isZero();
        long id = id(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=T"));
        assertThat(say("intruder", "/dagsorden fjern id=" + id).kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(say("intruder", "/dagsorden flyt id=" + id + " position=1").kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(stored()).isEqualTo(1);
        assertThat(say("whoever", "/dagsorden tilføj forum=\"LMU Hospital\" dato=2026-12-10 titel=T").kind())
                .as("\"*\" lets anyone").isEqualTo(ReplyKind.AGENDA);
    }

    @Test
    void aRetriedChatEventAddsTheItemOnce() {
        Inbound event = new Inbound(Channel.SLACK, "sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=T", "C1", "Ev42");
        Reply first = assistant.handle(event);
        Reply retry = assistant.handle(event);
        assertThat(first.text()).contains("Tilføjet");
        assertThat(retry.text()).contains("allerede behandlet");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aDatabaseThatIsDownSaysNothingWasSaved() {
        database.close();
        Reply reply = say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=T");
        assertThat(reply.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(reply.text()).contains("Intet er gemt");
        assertThat(say("x", "/agenda list forum=\"HMU Psyk\" date=2026-12-10").text()).contains("Nothing was saved");
    }

    @Test
    void aFormShowsErrorsByFieldAndStoresOnlyWhenAllAreRight() {
        AgendaCommand command = agendaCommand();
        Inbound from = new Inbound(Channel.SLACK, "sek1", "", null, "V123");
        Reply bad = command.submit(Map.of("forum", "HMU Psyk", "dato", "2020-01-01", "minutter", "nul",
                "sagsnr", "?"), from, dk.hrassistenten.bot.Texts.DANISH);
        assertThat(bad.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(AgendaCommand.fieldErrors(bad)).containsOnlyKeys("dato", "titel", "minutter", "sagsnr");
        assertThat(AgendaCommand.fieldErrors(bad).get("titel")).contains("Angiv en titel");
        assertThat(bad.text()).as("every mistake said").contains("Angiv en titel").contains("nul");
        assertThat(stored()).isZero();

        Map<String, String> fields = Map.of("forum", "HMU Psykiatri", "dato", "2026-12-10", "titel", "Budget", "bilag", "a.pdf\nb.pdf");
        Reply good = command.submit(fields, from, dk.hrassistenten.bot.Texts.DANISH);
        assertThat(good.kind()).isEqualTo(ReplyKind.AGENDA);
        assertThat(AgendaCommand.fieldErrors(good)).isEmpty();
        assertThat(good.agenda()).containsEntry("attachments", List.of("a.pdf", "b.pdf"));
        assertThat(command.submit(fields, from, dk.hrassistenten.bot.Texts.DANISH).text()).as("a resubmitted view adds nothing")
                .contains("allerede behandlet");
        assertThat(stored()).isEqualTo(1);
        assertThat(AgendaCommand.fieldErrors(command.submit(Map.of("forum", "HMU Psykiatri", "dato", "2026-12-10", "titel", "X"),
                new Inbound(Channel.SLACK, "intruder", "", null, "V9"), dk.hrassistenten.bot.Texts.DANISH))).containsKey("forum");
    }

    private AgendaCommand agendaCommand() {
        return (AgendaCommand) assistant.commands().commands().stream().filter(c -> c instanceof AgendaCommand).findFirst().orElseThrow();
    }

    @Test
    void theHelpExamplesAreValidCommands() {
        AgendaCommand command = (AgendaCommand) assistant.commands().commands().stream().filter(c -> c instanceof AgendaCommand).findFirst().orElseThrow();
        for (String example : command.spec().examples()) {
            Reply reply = say("sek1", "/" + example.replace("HMU Eksempel", "LMU Hospital").replace("2030", "2027"));
            assertThat(reply.text()).as(example).doesNotContain("forstår ikke", "kender jeg ikke", "kan jeg ikke læse", "don't understand");
        }
        assertThat(say("x", "hjælp dagsorden").text()).contains("/dagsorden vis").contains("uden skråstreg").contains(" dagsorden vis forum=");
    }

    private static long id(Reply reply) {
        return ((Number) reply.agenda().get("id")).longValue();
    }
}
