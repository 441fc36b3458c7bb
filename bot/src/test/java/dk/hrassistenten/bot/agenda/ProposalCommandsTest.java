package dk.hrassistenten.bot.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.TestKnowledge;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyJson;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.store.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proposals through the assistant, as every channel uses them, on an embedded H2 database. */
class ProposalCommandsTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate MEETING = LocalDate.of(2026, 12, 10);
    private static final String PROPOSE = "/dagsorden foreslå forum=\"HMU Psyk\" dato=2026-12-10 titel=\"Trivselsmåling\" "
            + "indstilling=\"HMU drøfter resultaterne\" sagsfremstilling=\"Målingen er gennemført\" bilag=\"Rapport.pdf\"";

    private Database database;
    private AgendaStore store;
    private Assistant assistant;
    private final List<String> notices = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Forums forums = Forums.parse(new ByteArrayInputStream("""
                forums:
                  - name: HMU Psykiatri
                    aliases: [HMU Psyk]
                    secretaries: [sek1, sekretaer@example.org]
                    starts: "14:00"
                    default_minutes: 10
                    deadline_days: 7
                  - name: LMU Hospital
                    secretaries: ["*"]
                    starts: "09:00"
                    default_minutes: 15
                """.getBytes(StandardCharsets.UTF_8)), "test");
        database = Database.open(null, Files.createTempDirectory("proposals"));
        store = new AgendaStore(database, TODAY);
        ProposalNotices recording = new ProposalNotices() {
            @Override
            public void proposed(Proposal proposal, Forum forum) {
                notices.add("proposed " + proposal.item().id() + " to " + forum.secretaries());
            }

            @Override
            public void decided(Proposal proposal, Forum forum) {
                notices.add(proposal.status().wireName() + " " + proposal.item().id() + " to " + proposal.originChannel() + "/"
                        + proposal.originConversation());
            }
        };
        assistant = new Assistant(() -> TestKnowledge.of("mixed"), new SimpleMeterRegistry(),
                dk.hrassistenten.bot.AssistantParts.none().withCommands(List.of(new AgendaCommand(forums, store, TODAY, recording))));
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private Reply say(String user, String text) {
        return assistant.handle(new Inbound(Channel.SLACK, user, text, "C7:1700000000.000100", null));
    }

    private static long id(Reply reply) {
        return ((Number) reply.agenda().get("id")).longValue();
    }

    @Test
    void anyoneProposesAndTheProposalIsNotOnTheAgendaUntilASecretaryApprovesIt() {
        Reply proposed = say("anne", PROPOSE);

        assertThat(proposed.kind()).isEqualTo(ReplyKind.AGENDA);
        assertThat(proposed.text()).contains("Trivselsmåling", "sekretærer", "id " + id(proposed));
        assertThat(proposed.agenda()).containsEntry("status", "proposed").containsEntry("position", null).containsEntry("start", null)
                .containsEntry("recommendation", "HMU drøfter resultaterne").containsEntry("description", "Målingen er gennemført")
                .containsEntry("attachments", List.of("Rapport.pdf")).containsEntry("created_by", "anne").containsEntry("reason", null);
        long id = id(proposed);
        assertThat(notices).containsExactly("proposed " + id + " to [sek1, sekretaer@example.org]");
        assertThat(say("x", "/dagsorden vis forum=\"HMU Psyk\" dato=2026-12-10").text()).doesNotContain("Trivselsmåling");
        assertThat(say("x", "/dagsorden eksport forum=\"HMU Psyk\" dato=2026-12-10").text()).doesNotContain("Trivselsmåling");
        assertThat(say("x", "/dagsorden forslag forum=\"HMU Psyk\" dato=2026-12-10").text())
                .contains("id " + id + ": Trivselsmåling (venter på en sekretær)");

        assertThat(say("anne", "/dagsorden godkend id=" + id).text()).as("the proposer is no secretary").contains("Kun sekretærerne");
        say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-12-10 titel=Budget");
        Reply approved = say("sek1", "/dagsorden godkend id=" + id + " position=1");

        assertThat(approved.text()).contains("godkendt", "punkt 1", "kl. 14.00-14.10");
        assertThat(approved.agenda()).containsEntry("status", "approved").containsEntry("position", 1).containsEntry("start", "14:00");
        assertThat(store.list("HMU Psykiatri", MEETING)).extracting(AgendaItem::title).containsExactly("Trivselsmåling", "Budget");
        assertThat(notices).last().isEqualTo("approved " + id + " to slack/C7:1700000000.000100");
        Reply listed = say("x", "/agenda proposals forum=\"HMU Psyk\" date=2026-12-10");
        assertThat(listed.text()).contains("Trivselsmåling (approved, item 1)");
        assertThat(ReplyJson.write(listed)).contains("\"status\":\"approved\"");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheProposerIsTold() {
        long id = id(say("anne", PROPOSE));

        Reply noReason = say("sek1", "/dagsorden afvis id=" + id);
        assertThat(noReason.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(noReason.text()).contains("begrundelse", "Intet er gemt");
        assertThat(say("sek1", "/dagsorden afvis id=" + id + " begrundelse=\"  \"").kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(store.proposal(id)).get().extracting(Proposal::status).isEqualTo(Proposal.Status.PROPOSED);

        Reply rejected = say("sek1", "/dagsorden afvis id=" + id + " begrundelse=\"Hører under LMU\"");

        assertThat(rejected.text()).contains("afvist", "Hører under LMU");
        assertThat(rejected.agenda()).containsEntry("status", "rejected").containsEntry("reason", "Hører under LMU");
        assertThat(notices).last().isEqualTo("rejected " + id + " to slack/C7:1700000000.000100");
        Proposal proposal = store.proposal(id).orElseThrow();
        assertThat(ProposalTexts.outcome(proposal, new Forum("HMU Psykiatri", List.of(), List.of("sek1"), java.time.LocalTime.NOON, 10, null),
                dk.hrassistenten.bot.Texts.DANISH)).isEqualTo("Dit forslag \"Trivselsmåling\" til HMU Psykiatri den 10. december 2026 er afvist. "
                + "Begrundelse: Hører under LMU");
        assertThat(say("sek1", "/dagsorden godkend id=" + id).text()).contains("intet forslag med id " + id);
    }

    @Test
    void aProposalAfterTheForumsDeadlineIsRefusedWithTheDeadlineWhileASecretaryMayStillAdd() {
        Reply late = say("anne", "/dagsorden foreslå forum=\"HMU Psyk\" dato=2026-11-28 titel=\"For sent\"");

        assertThat(late.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(late.text()).contains("21. november 2026", "7 dage før mødet", "Intet er gemt");
        assertThat(say("anne", "/agenda propose forum=\"HMU Psyk\" date=2026-11-28 title=\"Too late\"").text())
                .contains("deadline", "21. november 2026");
        assertThat(store.proposals("HMU Psykiatri", LocalDate.of(2026, 11, 28))).isEmpty();
        assertThat(say("anne", "/dagsorden foreslå forum=\"HMU Psyk\" dato=2026-11-30 titel=\"Sidste frist\"").kind())
                .as("the last day to propose is the deadline date itself").isEqualTo(ReplyKind.AGENDA);
        assertThat(say("sek1", "/dagsorden tilføj forum=\"HMU Psyk\" dato=2026-11-28 titel=\"Direkte\"").kind()).isEqualTo(ReplyKind.AGENDA);
        assertThat(say("anne", "/dagsorden foreslå forum=\"LMU Hospital\" dato=2026-11-23 titel=\"I dag\"").kind())
                .as("without a deadline, proposals stay open until the meeting day").isEqualTo(ReplyKind.AGENDA);
    }

    @Test
    void badInputGetsAClearErrorAndStoresNothing() {
        assertThat(say("anne", "/dagsorden foreslå forum=\"HMU Psyk\" dato=2026-12-10").text()).contains("Angiv en titel");
        assertThat(say("anne", "/dagsorden foreslå forum=\"HMU Psyk\" dato=2026-12-10 titel=T position=2").text()).contains("feltet position");
        assertThat(say("anne", "/dagsorden foreslå forum=Ukendt dato=2026-12-10 titel=T").text()).contains("kender jeg ikke");
        assertThat(say("anne", "/dagsorden foreslå forum=\"HMU Psyk\" dato=2020-12-10 titel=T").text()).contains("overstået");
        assertThat(say("anne", "/dagsorden foreslå forum=\"HMU Psyk\" dato=2026-12-10 titel=\"T").text()).contains("anførselstegn");
        assertThat(say(null, PROPOSE).text()).as("someone no one vouches for").contains("ikke logget ind");
        assertThat(say("sek1", "/dagsorden godkend").text()).contains("Angiv id");
        assertThat(say("sek1", "/dagsorden godkend id=syv").text()).contains("id skal være et tal");
        assertThat(say("sek1", "/dagsorden godkend id=4711").text()).contains("intet forslag med id 4711");
        assertThat(say("sek1", "/dagsorden afvis id=4711 grund=nej").text()).contains("feltet grund");
        assertThat(say("x", "/dagsorden forslag forum=\"HMU Psyk\"").text()).contains("Angiv en dato");
        assertThat(store.proposals("HMU Psykiatri", MEETING)).isEmpty();
        long id = id(say("anne", PROPOSE));
        assertThat(say("sek1", "/dagsorden godkend id=" + id + " position=3").text()).contains("vælg 1 til 1");
        assertThat(store.list("HMU Psykiatri", MEETING)).isEmpty();
        assertThat(notices).hasSize(1);
    }

    @Test
    void aReplayedProposalIsStoredOnceAndItsSecretariesToldOnce() {
        Inbound event = new Inbound(Channel.SLACK, "anne", PROPOSE, "C7", "Ev99");
        Reply first = assistant.handle(event);
        Reply again = assistant.handle(event);

        assertThat(first.text()).contains("er gemt");
        assertThat(again.text()).contains("allerede behandlet");
        assertThat(id(again)).isEqualTo(id(first));
        assertThat(store.proposals("HMU Psykiatri", MEETING)).hasSize(1);
        assertThat(notices).hasSize(1);
    }

    @Test
    void theProposerWithdrawsTheirProposalWithUndoAndASecretaryUndoesADecision() {
        long withdrawn = id(say("anne", PROPOSE));
        assertThat(say("anne", "/dagsorden fortryd").text()).contains("Fortrudt", "trukket tilbage");
        assertThat(store.proposals("HMU Psykiatri", MEETING)).isEmpty();
        assertThat(store.proposal(withdrawn)).isEmpty();

        long id = id(say("anne", PROPOSE));
        say("sek1", "/dagsorden godkend id=" + id);
        assertThat(say("anne", "/dagsorden fortryd").text()).contains("allerede afgjort");
        assertThat(say("sek1", "/dagsorden fortryd").text()).contains("Fortrudt", "venter igen");
        assertThat(store.list("HMU Psykiatri", MEETING)).isEmpty();
        assertThat(store.proposal(id)).get().extracting(Proposal::status).isEqualTo(Proposal.Status.PROPOSED);
    }

    @Test
    void aChangeOfProposalsIsRecognisedForChannelsThatLookUpWhoAsks() {
        for (String text : List.of(PROPOSE, "dagsorden godkend id=1", "/agenda reject id=1 reason=x", "agenda approve id=2", "/dagsorden afvis id=1")) {
            assertThat(AgendaCommand.changesAnAgenda(text)).as(text).isTrue();
        }
        assertThat(AgendaCommand.changesAnAgenda("dagsorden forslag forum=HMU dato=2026-12-10")).isFalse();
        assertThat(AgendaCommand.changesAnAgenda("dagsorden foreslåede punkter")).isFalse();
    }

    @Test
    void theHelpDescribesTheWorkflowInBothLanguages() {
        assertThat(say("x", "hjælp dagsorden").text()).contains("/dagsorden foreslå", "godkend", "afvis", "begrundelse", "deadline_days");
        assertThat(say("x", "help agenda").text()).contains("propose", "approve", "reject", "reason=", "deadline_days");
        assertThat(Map.of("help", say("x", "/dagsorden hjælp").text())).extractingByKey("help").asString().contains("Forslag:");
    }

    @Test
    void withoutAMeetingProposalsListsWhatWaitsForTheAskersDecisionInTheirForumsOnly() {
        long psyk = id(say("anne", PROPOSE));
        long hospital = id(say("anne", "/dagsorden foreslå forum=\"LMU Hospital\" dato=2026-12-01 titel=\"Parkering\""));
        long decided = id(say("anne", "/dagsorden foreslå forum=\"HMU Psyk\" dato=2026-12-10 titel=\"Kantine\""));
        say("sek1", "/dagsorden afvis id=" + decided + " begrundelse=\"Hører under LMU\"");

        Reply forSek1 = say("sek1", "dagsorden forslag");
        assertThat(forSek1.kind()).isEqualTo(ReplyKind.AGENDA);
        assertThat(forSek1.text()).startsWith("Forslag, der venter på din afgørelse:")
                .contains("- id " + hospital + ": Parkering (LMU Hospital, 1. december 2026)")
                .contains("- id " + psyk + ": Trivselsmåling (HMU Psykiatri, 10. december 2026)").doesNotContain("Kantine");
        assertThat(forSek1.text().indexOf("Parkering")).as("the sooner meeting first").isLessThan(forSek1.text().indexOf("Trivselsmåling"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) forSek1.agenda().get("items");
        assertThat(items).extracting(i -> i.get("forum")).containsExactly("LMU Hospital", "HMU Psykiatri");

        assertThat(assistant.handle(new Inbound(Channel.WEB, "someone-else", "dagsorden forslag", null, null, "sekretaer@example.org"))
                .text()).as("a secretary listed by e-mail, as the web's sign-in names them").contains("Trivselsmåling");
        assertThat(say("anne", "/agenda proposals").text()).as("anyone is a secretary of the forum open to all, and only of it")
                .contains("Parkering").doesNotContain("Trivselsmåling");
        assertThat(assistant.handle(new Inbound(Channel.WEB, null, "dagsorden forslag", null, null)).text())
                .as("no one vouches for an anonymous asker").contains("Log ind");
    }
}
