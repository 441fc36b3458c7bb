package dk.hrassistenten.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.action.ActionReplies;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.AgendaStore;
import dk.hrassistenten.bot.agenda.Forums;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.privacy.Pseudonyms;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.reply.SourceView;
import dk.hrassistenten.bot.store.Database;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssistantTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final KnowledgeSnapshot mixed = TestKnowledge.of("mixed");
    private final KnowledgeSnapshot org = TestKnowledge.of("org");

    private Reply ask(KnowledgeSnapshot k, String text) {
        return new Assistant(() -> k, meters).handle(Inbound.of(Channel.API, "u1", text));
    }

    @Test
    void answersFromTheDocumentsQuotingAndCitingTheSource() {
        Reply reply = ask(mixed, "Hvornår træder cykelordningen i kraft?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).contains("1. august 2026").contains("Kilde: Referat Personaleudvalget 12-03-2026 › Punkt 1");
        assertThat(reply.sources().get(0).path()).isEqualTo("minutes.md");
        assertThat(reply.sources().get(0).date()).hasToString("2026-03-12");
        assertThat(reply.sources().get(0).snippet()).contains("1. august 2026");
    }

    @Test
    void aQuestionAnswerPairIsQuotedWhole() {
        Reply reply = ask(mixed, "Hvor mange hjemmearbejdsdage må jeg have om ugen?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).contains("op til 2 hjemmearbejdsdage");
        assertThat(reply.sources().get(0).section()).isEqualTo("Hvor mange dage om ugen må jeg arbejde hjemme?");
    }

    @Test
    void anEnglishQuestionGetsAnEnglishFrameAroundTheDanishQuote() {
        Reply reply = ask(mixed, "When is the canteen closed?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).startsWith("According to").contains("Kantinen holder lukket").contains("Source:");
    }

    @Test
    void whatTheDocumentsDoNotSayIsNotFound() {
        for (String question : new String[] {"Hvad koster en parkeringslicens ved rådhuset?", "What will the weather be like tomorrow?",
                "Hvor mange feriedage har jeg tilbage?"}) {
            Reply reply = ask(mixed, question);
            assertThat(reply.kind()).as(question).isEqualTo(ReplyKind.NOT_FOUND);
            assertThat(reply.sources()).isEmpty();
        }
        assertThat(ask(mixed, "Hvad koster en parkeringslicens?").text()).isEqualTo("Det kan jeg ikke finde i dokumenterne.");
    }

    @Test
    void aWhoQuestionGetsTheUnitWithWhyAndHowToReachIt() {
        Reply reply = ask(org, "Hvem håndterer feriehenlæggelser?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(reply.unit().name()).isEqualTo("Personaleafdelingen, Løn og Ferie");
        assertThat(reply.unit().matched()).anyMatch(l -> l.contains("feriehenlæggelser"));
        assertThat(reply.unit().location()).isEqualTo("Servicecentret");
        assertThat(reply.text()).contains("Løn og Ferie").contains("Hvorfor:").contains("Kilde:");
        assertThat(reply.sources()).isNotEmpty();
    }

    /** The unit where the asker works, named in the story before the question, is not whom they ask for. */
    @Test
    void aUnitNamedInTheStoryBeforeTheQuestionIsWhereTheAskerWorks() {
        Reply reply = ask(TestKnowledge.of("units"), "Jeg er ansat i Kompetencekontoret og er kommet til skade på arbejdet. Hvem anmelder arbejdsskader?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(reply.unit().name()).isEqualTo("Arbejdsmiljøkontoret");
    }

    /** An invented municipality's HR page with two units, their tasks and leaders. */
    private static final String LUNDBY_HR = """
            # HR i Lundby Kommune

            ## Sikkerhedsteamet

            Sikkerhedsteamet rådgiver om arbejdsmiljø og APV. Leder: Ole Bak, tlf. 70 10 20 30.

            ## Lønteamet

            Lønteamet udbetaler løn og tillæg. Leder: Eva Lund, tlf. 70 10 20 40.
            """;

    /** The quote's one unit, named in a sentence after the one that matches best, is who handles it. */
    @Test
    void theOneUnitAQuoteNamesHandlesItEvenBelowItsBestSentence(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("lundby-hr.md"), LUNDBY_HR);
        Files.writeString(corpus.resolve("lundby-skader.md"), """
                # Skader på arbejdet i Lundby Kommune

                ## Skader

                Alle skader på portører, også små, registreres i SkadeLog inden for 24 timer. Registreringen bruges til at følge op på skaden og til en eventuel arbejdsskadesag. Sikkerhedsteamet ringer til dig om skaden senest næste hverdag.
                """);
        Reply reply = ask(KnowledgeSnapshot.build(corpus, p -> { }), "Hvem følger op, når en portør i Lundby Kommune er kommet til skade?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(reply.unit().name()).isEqualTo("Sikkerhedsteamet");
    }

    /**
     * "Hvor bestiller man …?" answered by a quote that sends the asker to a unit ("… hos Sikkerhedsteamet") gets that
     * unit with the quote as the reason, also after a condition that holds a negation; a where-question answered by a
     * place stays a quote.
     */
    @Test
    void aWhereQuestionWhoseQuoteSendsTheAskerToAUnitGetsTheUnit(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("lundby-hr.md"), LUNDBY_HR);
        Files.writeString(corpus.resolve("lundby-udstyr.md"), """
                # Sikkerhedsudstyr i Lundby Kommune

                ## Høreværn

                Støbte høreværn til medarbejdere på værkstederne bestiller du hos Sikkerhedsteamet.

                ## Sikkerhedssko

                Passer ingen af de faste størrelser, bestiller du sikkerhedssko i særlig størrelse hos Sikkerhedsteamet.

                ## Førstehjælpskasser

                Førstehjælpskasser hænger i kantinen på Lundby Rådhus.
                """);
        KnowledgeSnapshot k = KnowledgeSnapshot.build(corpus, p -> { });
        Reply ordered = ask(k, "Hvor bestiller man støbte høreværn i Lundby Kommune?");
        assertThat(ordered.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(ordered.unit().name()).isEqualTo("Sikkerhedsteamet");
        assertThat(ordered.text()).contains("bestiller du hos Sikkerhedsteamet");
        // a negation in the condition before the unit's clause denies nothing of the unit
        assertThat(ask(k, "Hvor bestiller man sikkerhedssko i særlig størrelse i Lundby Kommune?").kind()).isEqualTo(ReplyKind.UNIT);
        Reply place = ask(k, "Hvor hænger førstehjælpskasserne i Lundby Kommune?");
        assertThat(place.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(place.text()).contains("kantinen");
    }

    /** A sentence telling only of a wish ("Nogle ønsker dem flyttet ind i Lønteamet, …") settles no unit: the quote stays a quote. */
    @Test
    void aWishThatNamesAUnitMakesItNoHandler(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("lundby-hr.md"), LUNDBY_HR);
        Files.writeString(corpus.resolve("lundby-med-referat.md"), """
                # Referat af HovedMED i Lundby Kommune

                ## Punkt 3: Eventuelt

                Det blev også drøftet, hvor borgerservices to løntjekkere skal placeres fremover. Nogle ønsker dem flyttet ind i Lønteamet, andre vil have dem til at blive i borgerservice. Spørgsmålet er ikke afgjort.
                """);
        Reply reply = ask(KnowledgeSnapshot.build(corpus, p -> { }), "Hvilken enhed skal fremover have borgerservices løntjekkere i Lundby Kommune?");
        assertThat(reply.kind()).isNotEqualTo(ReplyKind.UNIT);
        assertThat(reply.text()).contains("Nogle ønsker dem flyttet ind i Lønteamet");
    }

    @Test
    void aQuestionUsingAnOldNameGetsTheCurrentUnitAndMentionsTheOldName() {
        Reply reply = ask(org, "/enhed Team Jura");
        assertThat(reply.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(reply.unit().name()).isEqualTo("Personaleafdelingen, Jura og Arbejdsret");
        assertThat(reply.text()).contains("Team Jura");
    }

    @Test
    void aWhenQuestionIsAnsweredByATimeOrNotAtAll() {
        Reply when = ask(mixed, "Hvornår skal cykelordningen evalueres?");
        assertThat(when.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(when.text()).contains("efter et år");
        // The passage is about paying for the internet, but says nothing about when: no answer beats a wrong one.
        assertThat(ask(mixed, "Hvornår betaler regionen for internetforbindelsen?").kind()).isEqualTo(ReplyKind.NOT_FOUND);
    }

    @Test
    void aQuestionAboutANamedUnitDescribesItEvenByItsOldName() {
        Reply reply = ask(org, "Hvor ligger Team Jura?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(reply.unit().name()).isEqualTo("Personaleafdelingen, Jura og Arbejdsret");
        assertThat(reply.unit().location()).isEqualTo("Rådhuset Nord");
        assertThat(reply.text()).contains("Team Jura");
    }

    /** The case told first ("… om feriehenlæggelser.") is why the asker wants the unit; the question is its name. */
    @Test
    void aNewNameAskedAfterTheCaseIsTheRename() {
        Reply reply = ask(org, "Jeg skulle kontakte Team Jura om en sag om feriehenlæggelser. Hvad hedder teamet nu?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(reply.unit().name()).isEqualTo("Personaleafdelingen, Jura og Arbejdsret");
    }

    /** A case in the same sentence as the name question, when the renamed unit handles it itself: still its new name. */
    @Test
    void aNewNameAskedWithACaseTheUnitHandlesIsTheRename() {
        Reply reply = ask(org, "Før ringede jeg til Team Jura om overenskomsterne – hvad hedder de nu?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(reply.unit().name()).isEqualTo("Personaleafdelingen, Jura og Arbejdsret");
        assertThat(reply.text()).contains("Team Jura ændrer navn til");
    }

    /** "We used to go to the old unit; where now?" about a case no document answers: the unit the old one became. */
    @Test
    void whomToGoToNowForWhatTheOldUnitDidIsTheUnitItBecame() {
        Reply reply = ask(org, "Vi plejede at gå til Team Jura med vores spørgsmål om jubilæumsgratiale. Hvor skal jeg henvende mig nu?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(reply.unit().name()).isEqualTo("Personaleafdelingen, Jura og Arbejdsret");
        assertThat(reply.text()).contains("Team Jura ændrer navn til");
    }

    @Test
    void anAnswerToAQuestionUsingAnOldNameSaysWhatTheUnitIsCalledNow() {
        Reply reply = ask(org, "Hvad behandler Team Jura?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).endsWith("Bemærk: Personaleafdelingen, Team Jura hedder nu Personaleafdelingen, Jura og Arbejdsret.");
    }

    @Test
    void aNotFoundReplyNamesTheUnitToAskWhenItsTasksClearlyCoverTheQuestion() {
        Reply reply = ask(org, "Hvornår håndteres feriehenlæggelser?");
        assertThat(reply.kind()).isEqualTo(ReplyKind.NOT_FOUND);
        assertThat(reply.text()).isEqualTo("Det kan jeg ikke finde i dokumenterne. Måske kan Personaleafdelingen, Løn og Ferie hjælpe.");
    }

    @Test
    void theAdministratorsFileAddsContactsAndAliases(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("units.yaml");
        Files.writeString(file, "units:\n  - unit: Team Jura\n    aliases: [HR-jura]\n    email: jura@example.org\n    slack: \"#hr-jura\"\n");
        Assistant assistant = new Assistant(() -> org, meters, AssistantParts.none().withContacts(dk.hrassistenten.bot.answer.UnitContacts.load(file)));
        Reply reply = assistant.handle(Inbound.of(Channel.API, "u", "/enhed HR-jura"));
        assertThat(reply.unit().name()).isEqualTo("Personaleafdelingen, Jura og Arbejdsret");
        assertThat(reply.unit().aliases()).contains("HR-jura");
        assertThat(reply.text()).contains("E-mail: jura@example.org").contains("Slack: #hr-jura");
    }

    @Test
    void commandsHelpAndBadInput() {
        assertThat(ask(org, "hjælp").kind()).isEqualTo(ReplyKind.HELP);
        assertThat(ask(org, "hjælp").text()).contains("/hvem <emne>").contains("/enheder");
        assertThat(ask(org, "/enheder").text()).contains("Personaleafdelingen, Personaleservice");
        assertThat(ask(org, "/hvem rekruttering").unit().name()).isEqualTo("Personaleafdelingen, Personaleservice");
        assertThat(ask(org, "/findesikke x").kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(ask(org, "/hvem").kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(ask(org, "").kind()).isEqualTo(ReplyKind.HELP);
        assertThat(ask(org, "x".repeat(Assistant.MAX_MESSAGE_CHARS + 1)).kind()).isEqualTo(ReplyKind.ERROR);
    }

    @Test
    void aCommandWorksWithoutItsSlash() {
        assertThat(ask(org, "enheder").text()).contains("Personaleafdelingen, Personaleservice");
        assertThat(ask(org, "hjælp hvem").text()).contains("/hvem <emne>").doesNotContain("/enheder");
        Reply who = ask(org, "hvem rekruttering");
        assertThat(who.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(who.unit().name()).isEqualTo("Personaleafdelingen, Personaleservice");
        assertThat(ask(org, "enhed Team Jura").unit().name()).isEqualTo("Personaleafdelingen, Jura og Arbejdsret");
    }

    @Test
    void theWhoCommandTakesTheTopicOutOfAWholeQuestion() {
        assertThat(ask(org, "/hvem håndterer feriehenlæggelser").unit().name()).isEqualTo("Personaleafdelingen, Løn og Ferie");
        assertThat(ask(org, "/hvem findesikkeemne").kind()).isEqualTo(ReplyKind.NOT_FOUND);
    }

    @Test
    void otherWordingsOfAWhoQuestionFindTheUnit() {
        for (String question : new String[] {"Hvor skal jeg henvende mig om feriehenlæggelser?", "Jeg har en sag om feriehenlæggelser, hvem skal jeg gå til?",
                "Hej! Hvem tager sig af feriehenlæggelser?", "hvem håndterer feriehenlæggelser"}) {
            Reply reply = ask(org, question);
            assertThat(reply.kind()).as(question).isEqualTo(ReplyKind.UNIT);
            assertThat(reply.unit().name()).as(question).isEqualTo("Personaleafdelingen, Løn og Ferie");
        }
    }

    @Test
    void aFollowUpAboutTheUnitJustNamedDescribesItAndWithoutAPreviousQuestionIsReadOnItsOwn() {
        Assistant assistant = new Assistant(() -> org, meters);
        assertThat(assistant.handle(new Inbound(Channel.API, "u", "Hvem håndterer feriehenlæggelser?", "c1", null)).unit().name())
                .isEqualTo("Personaleafdelingen, Løn og Ferie");
        Reply where = assistant.handle(new Inbound(Channel.API, "u", "og hvor ligger den?", "c1", null));
        assertThat(where.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(where.unit().location()).isEqualTo("Servicecentret");
        assistant.handle(new Inbound(Channel.API, "u", "/hvem feriehenlæggelser", "c2", null));
        assertThat(assistant.handle(new Inbound(Channel.API, "u", "og hvor ligger den?", "c2", null)).unit().name())
                .isEqualTo("Personaleafdelingen, Løn og Ferie");
        assertThat(assistant.handle(new Inbound(Channel.API, "u", "Hvem håndterer det?", "c3", null)).kind()).isNotEqualTo(ReplyKind.ERROR);
    }

    @Test
    void smallTalkGetsAShortFriendlyReplyThatSaysWhatItCanDo() {
        Reply hello = ask(org, "Hej!");
        assertThat(hello.kind()).isEqualTo(ReplyKind.HELP);
        assertThat(hello.text()).startsWith("Hej!").contains("hjælp");
        assertThat(hello.sources()).isEmpty();
        assertThat(ask(org, "Tusind tak").text()).startsWith("Det var så lidt").contains("hjælp");
        Reply thanks = ask(org, "Thanks!");
        assertThat(thanks.kind()).isEqualTo(ReplyKind.HELP);
        assertThat(thanks.text()).startsWith("You are welcome").contains("help");
        assertThat(ask(org, "hello").text()).startsWith("Hello!");
    }

    @Test
    void aQuestionForTheAskersOwnDataIsHonestlyNotFound() {
        for (String question : new String[] {"Hvad er min løn?", "Hvor mange feriedage har jeg tilbage?", "What is my salary?"}) {
            Reply reply = ask(mixed, question);
            assertThat(reply.kind()).as(question).isEqualTo(ReplyKind.NOT_FOUND);
            assertThat(reply.sources()).as(question).isEmpty();
        }
        assertThat(ask(mixed, "Hvad er min løn?").text()).contains("Oplysninger om dig selv står ikke i HR-dokumenterne.");
        assertThat(ask(mixed, "What is my salary?").text()).doesNotContain("Det kan jeg ikke");
    }

    @Test
    void beforeTheFirstIndexItSaysSoAndAFailureIsAnErrorReplyNotAnException() {
        Reply notReady = new Assistant(() -> null, meters).handle(Inbound.of(Channel.WEB, "u", "Hvem håndterer løn?"));
        assertThat(notReady.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(notReady.text()).contains("læse dokumenterne");
        // Small talk needs no documents.
        assertThat(new Assistant(() -> null, meters).handle(Inbound.of(Channel.WEB, "u", "Hej")).kind()).isEqualTo(ReplyKind.HELP);
        Reply failed = new Assistant(() -> { throw new IllegalStateException("boom"); }, meters).handle(Inbound.of(Channel.WEB, "u", "Hej"));
        assertThat(failed.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(failed.text()).doesNotContain("boom").contains("intet er ændret");
    }

    @Test
    void repliesAreCountedByChannelAndKind() {
        ask(mixed, "hjælp");
        assertThat(meters.get("hr_assistant_reply_seconds").tag("channel", "api").tag("kind", "help").timer().count()).isEqualTo(1);
    }

    @Test
    void sourceLinksShowTheCitedSectionButNeverARestrictedOne(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("open.md"), "# Åben\n\n## Ferie\n\nFerie aftales med lederen.\n");
        Files.writeString(corpus.resolve("closed.md"), "# Lukket\n\n## Løn\n\nLederlønninger.\n");
        Files.writeString(corpus.resolve("closed.md.meta.properties"), "audience=ledere\n");
        KnowledgeSnapshot k = KnowledgeSnapshot.build(corpus, p -> { });
        AtomicReference<KnowledgeSnapshot> ref = new AtomicReference<>(k);
        Assistant assistant = new Assistant(ref::get, meters);
        assertThat(assistant.handle(pressed(new InboundAction.ShowSource("open.md", "Ferie"))).text()).contains("Ferie aftales");
        assertThat(assistant.handle(pressed(new InboundAction.ShowSource("closed.md", "Løn"))).kind()).isEqualTo(ReplyKind.NOT_FOUND);
        assertThat(assistant.handle(pressed(new InboundAction.ShowSource("nope.md", ""))).kind()).isEqualTo(ReplyKind.NOT_FOUND);
    }

    private static Inbound pressed(InboundAction action) {
        return Inbound.of(Channel.SLACK, "U1", "C1", "T.1", action);
    }

    @Test
    void feedbackIsStoredThroughTheFeedbackStoreAndThanked(@TempDir Path data) throws Exception {
        Database database = Database.open(null, data);
        try {
            Assistant assistant = new Assistant(() -> mixed, meters, AssistantParts.none()
                    .withFeedback(new FeedbackStore(database, new Pseudonyms("test-key"), Clock.systemUTC(), meters)));

            Reply reply = assistant.handle(pressed(new InboundAction.Feedback(false, "unit", "org.md", null)));

            assertThat(reply.kind()).isEqualTo(ReplyKind.HELP);
            assertThat(reply.text()).isEqualTo("Tak for din feedback.");
            try (Connection c = database.connection(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("select channel, rating, reply_kind, source_path from feedback")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("slack");
                assertThat(rows.getInt(2)).isEqualTo(-1);
                assertThat(rows.getString(3)).isEqualTo("unit");
                assertThat(rows.getString(4)).isEqualTo("org.md");
                assertThat(rows.next()).isFalse();
            }
            assertThat(meters.get("hr_assistant_feedback_total").tag("rating", "down").tag("kind", "unit").counter().count()).isEqualTo(1);
        } finally {
            database.close();
        }
    }

    @Test
    void anAnswerIsKeptUnderAnIdSoThatItsDislikeCarriesTheQuestionAndReply(@TempDir Path data) throws Exception {
        Database database = Database.open(null, data);
        try {
            Assistant assistant = new Assistant(() -> mixed, meters, AssistantParts.none()
                    .withFeedback(new FeedbackStore(database, new Pseudonyms("test-key"), Clock.systemUTC(), meters)));
            Reply answer = assistant.handle(Inbound.of(Channel.WEB, "w1", "Hvornår træder cykelordningen i kraft?"));
            assertThat(answer.kind()).isEqualTo(ReplyKind.ANSWER);
            assertThat(answer.id()).isNotNull();
            assertThat(assistant.handle(Inbound.of(Channel.CLI, "c1", "Hvornår træder cykelordningen i kraft?")).id())
                    .as("the terminal has no buttons").isNull();
            assertThat(assistant.handle(Inbound.of(Channel.WEB, "w1", "hjælp")).id()).as("help is not rated").isNull();

            assistant.handle(Inbound.of(Channel.WEB, "w1", null, null, new InboundAction.Feedback(false, "answer", null, answer.id())));

            try (Connection c = database.connection(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("select question, reply_excerpt from feedback")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Hvornår træder cykelordningen i kraft?");
                assertThat(rows.getString(2)).contains("cykelordning").contains("Kilde: ");
            }
        } finally {
            database.close();
        }
    }

    @Test
    void feedbackThatCannotBeStoredSaysSoHonestly(@TempDir Path data) {
        Database database = Database.open(null, data);
        Assistant assistant = new Assistant(() -> mixed, meters, AssistantParts.none()
                .withFeedback(new FeedbackStore(database, new Pseudonyms("test-key"), Clock.systemUTC(), meters)));
        database.close();

        Reply reply = assistant.handle(pressed(new InboundAction.Feedback(true, "answer", "minutes.md", null)));

        assertThat(reply.kind()).isEqualTo(ReplyKind.ERROR);
        assertThat(reply.text()).isEqualTo("Din feedback kunne ikke gemmes lige nu. Prøv igen om lidt.");
        assertThat(new Assistant(() -> mixed, meters).handle(pressed(new InboundAction.Feedback(true, "answer", null, null))).text())
                .as("nowhere to keep it").isEqualTo("Din feedback kunne ikke gemmes lige nu. Prøv igen om lidt.");
    }

    @Test
    void showSourceGivesTheWholeSectionOrSaysItIsGone() {
        Assistant assistant = new Assistant(() -> mixed, meters);

        Reply source = assistant.handle(pressed(new InboundAction.ShowSource("minutes.md", "")));
        assertThat(source.kind()).isEqualTo(ReplyKind.HELP);
        assertThat(source.text()).startsWith("**Referat Personaleudvalget 12-03-2026**\n").contains("1. august 2026");
        SourceView parts = ActionReplies.sourceParts(source);
        assertThat(parts.title()).isEqualTo("Referat Personaleudvalget 12-03-2026");
        assertThat(parts.section()).isEmpty();
        assertThat(parts.meta()).contains("minutes.md");
        assertThat(parts.text()).contains("1. august 2026").doesNotContain("**");
        SourceView section = ActionReplies.sourceParts(assistant.handle(pressed(new InboundAction.ShowSource("minutes.md",
                "Punkt 1: Orientering om ny cykelordning › Beslutning"))));
        assertThat(section.title()).isEqualTo("Referat Personaleudvalget 12-03-2026");
        assertThat(section.section()).isEqualTo("Punkt 1: Orientering om ny cykelordning › Beslutning");

        Reply gone = assistant.handle(pressed(new InboundAction.ShowSource("nope.md", "")));
        assertThat(gone.kind()).isEqualTo(ReplyKind.NOT_FOUND);
        assertThat(gone.text()).isEqualTo("Kilden findes ikke længere i dokumenterne.");
        assertThat(new Assistant(() -> null, meters).handle(pressed(new InboundAction.ShowSource("minutes.md", ""))).text())
                .as("before the first index").isEqualTo("Kilden findes ikke længere i dokumenterne.");
    }

    @Test
    void aButtonPressIsTimedInTheSameMetricAsMessages() {
        Assistant assistant = new Assistant(() -> mixed, meters);
        assistant.handle(Inbound.of(Channel.SLACK, "U1", "hjælp"));
        assistant.handle(pressed(new InboundAction.ShowSource("minutes.md", "")));

        assertThat(meters.get("hr_assistant_reply_seconds").tag("channel", "slack").tag("kind", "help").timer().count()).isEqualTo(2);
    }

    @Test
    void anAgendaFormGoesThroughTheAssistantWithItsMetricsAndErrorsByField(@TempDir Path data) {
        Database database = Database.open(null, data);
        try {
            Clock clock = Clock.systemDefaultZone();
            Assistant assistant = new Assistant(() -> mixed, meters, AssistantParts.none()
                    .withCommands(java.util.List.of(new AgendaCommand(Forums.example(), new AgendaStore(database, clock), clock))));
            String date = java.time.LocalDate.now().plusDays(10).toString();

            Reply wrong = assistant.handle(pressed(new InboundAction.AgendaForm(java.util.Map.of("forum", "HMU Eksempel", "dato", date))));
            assertThat(wrong.kind()).isEqualTo(ReplyKind.ERROR);
            assertThat(AgendaCommand.fieldErrors(wrong)).containsOnlyKeys("titel");

            Reply stored = assistant.handle(pressed(new InboundAction.AgendaForm(java.util.Map.of("forum", "HMU Eksempel", "dato", date,
                    "titel", "Budget", "ukendt", "ignoreret"))));
            assertThat(stored.kind()).as(stored.text()).isEqualTo(ReplyKind.AGENDA);
            assertThat(stored.agenda()).containsEntry("title", "Budget");
            assertThat(meters.get("hr_assistant_reply_seconds").tag("channel", "slack").tag("kind", "agenda").timer().count()).isEqualTo(1);
            assertThat(meters.get("hr_assistant_reply_seconds").tag("channel", "slack").tag("kind", "error").timer().count()).isEqualTo(1);
        } finally {
            database.close();
        }
        Reply none = new Assistant(() -> mixed, meters).handle(pressed(new InboundAction.AgendaForm(java.util.Map.of("titel", "X"))));
        assertThat(none.kind()).as("no agenda configured").isEqualTo(ReplyKind.ERROR);
    }

    @Test
    void suggestedQuestionsAreTheDocumentsOwnAndAnsweredAndTryingThemCountsNothing() {
        Assistant assistant = new Assistant(() -> mixed, meters);
        java.util.List<String> suggested = assistant.suggestions();
        assertThat(suggested).isNotEmpty().contains("Hvor mange dage om ugen må jeg arbejde hjemme?");
        assertThat(meters.find("hr_assistant_reply_seconds").timers()).as("trying them is no request").isEmpty();
        for (String question : suggested) {
            assertThat(assistant.handle(Inbound.of(Channel.WEB, null, question)).kind()).as(question).isIn(ReplyKind.ANSWER, ReplyKind.UNIT);
        }
        assertThat(assistant.suggestions()).as("kept for the same index").isSameAs(suggested);
        assertThat(new Assistant(() -> null, meters).suggestions()).as("before the first index").isEmpty();
    }
}
