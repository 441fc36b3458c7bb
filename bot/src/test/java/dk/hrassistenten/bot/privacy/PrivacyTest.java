package dk.hrassistenten.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.AssistantParts;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.access.Audiences;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.AgendaStore;
import dk.hrassistenten.bot.agenda.Forums;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.store.Database;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is kept about people: first contact, unanswered questions, feedback; expiry; export and deletion; audiences. */
class PrivacyTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    @TempDir
    Path corpus;
    Database database;
    PrivacyStore privacy;
    FeedbackStore feedback;
    Assistant assistant;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(corpus.resolve("ferie.md"), "# Ferie\n\n## Ferieår\n\nFerieåret starter 1. september.\n");
        Files.writeString(corpus.resolve("chef.md"), "# Lederløn\n\n## Forhandling\n\nLønrammen for ledere forhandles i marts.\n");
        Files.writeString(corpus.resolve("chef.md.meta.properties"), "audience=ledere\n");
        Path audiencesFile = corpus.resolveSibling(corpus.getFileName() + "-audiences.yaml");
        Files.writeString(audiencesFile, "audiences:\n  ledere: [U-CHEF, chef@example.org]\n");
        KnowledgeSnapshot knowledge = KnowledgeSnapshot.build(corpus, p -> { });
        database = Database.open(null, Files.createTempDirectory("privacy"));
        Pseudonyms pseudonyms = new Pseudonyms("test-key");
        privacy = new PrivacyStore(database, pseudonyms, clock);
        feedback = new FeedbackStore(database, pseudonyms, clock, new SimpleMeterRegistry());
        AgendaCommand agenda = new AgendaCommand(Forums.example(), new AgendaStore(database, clock), clock);
        assistant = new Assistant(() -> knowledge, new SimpleMeterRegistry(), AssistantParts.none().withCommands(List.of(agenda))
                .withPrivacy(privacy).withAudiences(Audiences.load(audiencesFile)));
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private Reply say(String user, String text) {
        return assistant.handle(Inbound.of(Channel.API, user, text));
    }

    @Test
    void theAssistantSaysItIsAutomatedTheFirstTimeOnly() {
        assertThat(say("U1", "Hvornår starter ferieåret?").text()).startsWith("Hej! Jeg er HR-assistenten, en automatisk assistent.");
        assertThat(say("U1", "Hvornår starter ferieåret?").text()).startsWith("> Ferieåret starter 1. september.");
        assertThat(say("U2", "When does the holiday year start?").text()).startsWith("Hi! I am HR-assistenten, an automated assistant.");
        assertThat(assistant.handle(Inbound.of(Channel.WEB, "web-1", "Hvornår starter ferieåret?")).text())
                .as("the web page says it on every visit").startsWith("> Ferieåret");
    }

    @Test
    void aGreetingAtFirstContactIsAnsweredByTheIntroductionSayingHelloOnce() throws Exception {
        String first = say("U7", "Hej").text();
        assertThat(first).startsWith("Hej! Jeg er HR-assistenten, en automatisk assistent.").contains("hjælp");
        assertThat(first.split("Hej!", -1)).hasSize(2);
        assertThat(say("U7", "hej").text()).startsWith("Hej! Spørg mig");
        // Small talk and commands are not questions HR should document.
        say("U8", "tak");
        say("U8", "/hvem findesikkeemne");
        assertThat(privacy.frequentUnanswered(Duration.ofDays(30), 10)).isEmpty();
    }

    @Test
    void unansweredQuestionsAreCountedForHrWithoutWhoAskedAndBelongToTheAskerOnly() throws Exception {
        say("U1", "Hvad koster en parkeringslicens?");
        say("U2", "hvad koster en parkeringslicens?");
        say("U3", "Må jeg tage hunden med på arbejde?");
        say("U3", "Hvornår starter ferieåret?");
        List<PrivacyStore.QuestionCount> top = privacy.frequentUnanswered(Duration.ofDays(30), 10);
        assertThat(top).first().isEqualTo(new PrivacyStore.QuestionCount("hvad koster en parkeringslicens?", 2));
        assertThat(top).hasSize(2);
        assertThat(privacy.export("U1").get("unanswered_questions").toString()).contains("Hvad koster en parkeringslicens?")
                .doesNotContain("hunden");
        assertThat(privacy.export("U3").toString()).doesNotContain("parkeringslicens");
    }

    @Test
    void anUnansweredQuestionIsStoredWithoutTheCprNumberEmailOrPhoneInIt() throws Exception {
        Reply reply = say("U1", "Hvor meget barsel har jeg? Mit cpr er 010190-1234, skriv til jens@example.dk eller ring 12 34 56 78");
        assertThat(reply.kind()).isEqualTo(ReplyKind.NOT_FOUND);
        String stored = privacy.frequentUnanswered(Duration.ofDays(30), 10).get(0).question();
        assertThat(stored).isEqualTo("hvor meget barsel har jeg? mit cpr er [cpr-nummer], skriv til [e-mail] eller ring [telefonnummer]");
    }

    @Test
    void aButtonPressIsNoQuestionAndNoFirstContact() throws Exception {
        Reply gone = assistant.handle(Inbound.of(Channel.SLACK, "U1", "C1", "T.1", new InboundAction.ShowSource("nope.md", "")));

        assertThat(gone.kind()).isEqualTo(ReplyKind.NOT_FOUND);
        assertThat(gone.text()).as("no introduction on a press").doesNotStartWith("Hej!");
        assertThat(privacy.frequentUnanswered(Duration.ofDays(30), 10)).isEmpty();
        assertThat(say("U1", "Hvornår starter ferieåret?").text()).as("introduced on the first question").startsWith("Hej!");
    }

    @Test
    void recordsAboutPeopleExpireAfterTheRetention() throws Exception {
        say("U1", "Hvad koster en parkeringslicens?");
        feedback.record("U1", "slack", true, "answer", "ferie.md", null);
        now.set(now.get().plus(Duration.ofDays(10)));
        say("U2", "Hvad koster en parkeringslicens?");
        now.set(now.get().plus(Duration.ofDays(25)));
        Map<String, Integer> deleted = privacy.purge(PrivacyStore.DEFAULT_RETENTION);
        assertThat(deleted).containsEntry("feedback", 1).containsEntry("unanswered", 1).containsEntry("person", 1);
        assertThat(privacy.frequentUnanswered(Duration.ofDays(365), 10)).containsExactly(new PrivacyStore.QuestionCount("hvad koster en parkeringslicens?", 1));
        assertThat(say("U1", "Hvornår starter ferieåret?").text()).as("introduced again after the record expired").startsWith("Hej!");
    }

    @Test
    void whatIsStoredAboutOneUserIsExportedAndDeleted() throws Exception {
        say("sek", "Hvornår starter ferieåret?");
        feedback.record("sek", "slack", false, "answer", "ferie.md", null);
        say("sek", "/dagsorden tilføj forum=\"HMU Eksempel\" dato=2027-01-10 titel=Budget");
        Map<String, Object> export = privacy.export("sek");
        assertThat((List<?>) export.get("first_contact")).hasSize(1);
        assertThat((List<?>) export.get("feedback")).hasSize(1);
        assertThat((List<?>) export.get("agenda_items_created")).hasSize(1);
        assertThat((List<?>) export.get("agenda_changes")).hasSize(1);
        assertThat(export.toString()).doesNotContain("Hvornår starter");
        say("sek", "Hvad koster en parkeringslicens?");
        assertThat((List<?>) privacy.export("sek").get("unanswered_questions")).hasSize(1);

        Map<String, Integer> deleted = privacy.delete("sek");
        assertThat(deleted).containsEntry("feedback", 1).containsEntry("first_contact", 1).containsEntry("unanswered_questions", 1)
                .containsEntry("agenda_items_pseudonymised", 1);
        Map<String, Object> after = privacy.export("sek");
        assertThat((List<?>) after.get("feedback")).isEmpty();
        assertThat((List<?>) after.get("unanswered_questions")).isEmpty();
        assertThat(privacy.frequentUnanswered(Duration.ofDays(30), 10)).isEmpty();
        assertThat((List<?>) after.get("agenda_items_created")).isEmpty();
        assertThat(say("x", "/dagsorden vis forum=\"HMU Eksempel\" dato=2027-01-10").text()).as("the committee's record stays").contains("1. Budget");
        assertThat(say("slettet-bruger", "/dagsorden fortryd").text()).as("the placeholder acts for no one").contains("ingen ændringer");
        assertThat(say("x", "/dagsorden vis forum=\"HMU Eksempel\" dato=2027-01-10").text()).contains("1. Budget");
        assertThat((List<?>) privacy.export("slettet-bruger").get("agenda_items_created")).isEmpty();
    }

    @Test
    void aDocumentForAnAudienceIsShownOnlyToItsMembers() {
        String question = "Hvornår forhandles lønrammen for ledere?";
        assertThat(say("U-CHEF", question).text()).contains("forhandles i marts");
        assertThat(say("chef@example.org", question).text()).contains("forhandles i marts");
        Reply other = say("U-OTHER", question);
        assertThat(other.kind()).isEqualTo(ReplyKind.NOT_FOUND);
        assertThat(other.text()).doesNotContain("marts");
        assertThat(assistant.handle(dk.hrassistenten.bot.Inbound.of(dk.hrassistenten.bot.Channel.WEB, "U-CHEF", null, null,
                new dk.hrassistenten.bot.InboundAction.ShowSource("chef.md", "Forhandling"))).kind())
                .as("source links are public: never a restricted section, not even to its audience").isEqualTo(ReplyKind.NOT_FOUND);
    }
}
