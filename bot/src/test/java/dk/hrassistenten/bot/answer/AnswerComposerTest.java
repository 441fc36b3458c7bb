package dk.hrassistenten.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How extractive answers are chosen and quoted, on a small corpus written for it. */
class AnswerComposerTest {

    @TempDir
    static Path corpus;
    static KnowledgeSnapshot knowledge;

    @BeforeAll
    static void write() throws IOException {
        Files.writeString(corpus.resolve("pu-marts.md"), """
                # Referat Personaleudvalget d. 10-03-2026

                ## Punkt 1: Velkomst

                ### Beslutning

                Formand for Personaleudvalget, Grete Sørensen, bød velkommen.

                Der var afbud fra:

                - Ole Hansen
                - Pia Berg

                ## Punkt 2: Formandskabets udkast til høringssvar om Personaleudvalget

                ### Sagsfremstilling

                Formandskabet for Personaleudvalget har udarbejdet et udkast til høringssvar. Formandskabet godkender
                høringssvaret endeligt efter mødet, og Personaleudvalget får en kopi.

                ## Punkt 3: Kantinen

                ### Beslutning

                Det blev besluttet at kantinen holder åbent til kl. 14.
                """);
        Files.writeString(corpus.resolve("pu-maj.md"), """
                # Referat Personaleudvalget d. 12-05-2026

                ## Punkt 1: Kantinen

                ### Beslutning

                Det blev besluttet at kantinen holder åbent til kl. 15.

                ## Punkt 2: Retningslinjer

                ### Beslutning

                Retningslinjen for krav i arbejdet (tidligere stressretningslinjen) blev godkendt.
                Medarbejdere kan aftale distancearbejde med deres leder.
                """);
        Files.writeString(corpus.resolve("nordby.md"), """
                # Om Region Nordby

                Region Nordby blev dannet i 2007. Det er HR, der har ansvaret for regionens kantiner. Kantinen blev ombygget i 2025.
                """);
        Files.writeString(corpus.resolve("nordby.md.meta.properties"), "organization=Region Nordby\n");
        Files.writeString(corpus.resolve("sydby.md"), """
                # Om Region Sydby

                Region Sydby har 40 hospitaler. Direktøren for Region Sydby har ansvaret for hospitalerne.
                """);
        Files.writeString(corpus.resolve("sydby.md.meta.properties"), "organization=Region Sydby\n");
        Files.writeString(corpus.resolve("su.md"), """
                # Referat Samarbejdsudvalget d. 01-04-2026

                ## Punkt 1: Kantinen

                ### Beslutning

                Samarbejdsudvalget drøftede kantinens åbningstider og vil følge op.
                """);
        knowledge = KnowledgeSnapshot.build(corpus, p -> { });
    }

    private static Reply ask(String question) {
        return new Assistant(() -> knowledge, new SimpleMeterRegistry()).handle(new Inbound(Channel.API, "u1", question, null, null));
    }

    @Test
    void aWhoQuestionAnsweredFromTextPrefersThePassageThatNamesSomeone() {
        Reply reply = ask("Hvem er formand for Personaleudvalget?");

        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).contains("Grete Sørensen");
    }

    @Test
    void whoHoldsARoleIsAnsweredWithANameOrNotAtAll() {
        assertThat(ask("Hvem er direktør for Region Sydby?").kind()).isEqualTo(ReplyKind.NOT_FOUND);
        assertThat(ask("Hvem er formand for Personaleudvalget?").text()).contains("Grete Sørensen");
    }

    @Test
    void aSentenceThatIntroducesAListIsQuotedWithIt() {
        Reply reply = ask("Hvem havde meldt afbud til mødet i marts?");

        assertThat(reply.text()).contains("Der var afbud fra:").contains("Ole Hansen").contains("Pia Berg");
    }

    @Test
    void aQuestionAboutOneCommitteesMeetingIsNotAnsweredFromAnothersMinutes() {
        assertThat(ask("Hvem havde afbud til mødet i Samarbejdsudvalget?").kind()).isEqualTo(ReplyKind.NOT_FOUND);
        assertThat(ask("Hvem havde afbud til mødet i Personaleudvalget?").text()).contains("Ole Hansen");
    }

    @Test
    void theMonthOfAMeetingFindsItsMinutes() {
        assertThat(ask("Hvad blev besluttet om kantinen på mødet i maj 2026?").text()).contains("kl. 15").doesNotContain("kl. 14");
        assertThat(ask("Hvad blev besluttet om kantinen på mødet i marts 2026?").text()).contains("kl. 14").doesNotContain("kl. 15");
    }

    @Test
    void aCommonVerbTheDocumentsDoNotUseDoesNotMakeTheQuestionUnanswerable() {
        Reply reply = ask("Hvad hed retningslinjen for krav i arbejdet tidligere?");

        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).contains("stressretningslinjen");
    }

    @Test
    void aWordTheDocumentsDoNotUseFindsItsSynonym() {
        Reply reply = ask("Kan medarbejdere aftale hjemmearbejde?");

        assertThat(reply.kind()).isEqualTo(ReplyKind.ANSWER);
        assertThat(reply.text()).contains("distancearbejde");
    }

    @Test
    void aYearIsNotAnAnswerToHowMany() {
        assertThat(ask("Hvor mange gange blev kantinen ombygget?").kind()).isEqualTo(ReplyKind.NOT_FOUND);
    }

    @Test
    void aQuestionAboutANamedOrganisationIsNotAnsweredFromAnothersDocument() {
        assertThat(ask("Hvornår blev Region Nordby dannet?").text()).contains("2007");
        assertThat(ask("Hvornår blev Region Sydby dannet?").kind()).isEqualTo(ReplyKind.NOT_FOUND);
    }

    @Test
    void aGenitiveTheDocumentsDoNotUseIsReadAsItsWord() {
        assertThat(ask("Hvad er HRs ansvar?").text()).contains("HR, der har ansvaret");
    }

    @Test
    void aVerbInThePastTenseTheDocumentsDoNotUseDoesNotMakeTheQuestionUnanswerable() {
        assertThat(ask("Hvad ønskede Personaleudvalget for kantinen?").text()).contains("kantinen holder åbent");
    }

    @Test
    void aQuestionForTheAskersOwnDataIsNotFoundHoweverWellItsWordsMatch() {
        Reply reply = ask("Hvad er min løn?");

        assertThat(reply.kind()).isEqualTo(ReplyKind.NOT_FOUND);
        assertThat(reply.text()).contains("Oplysninger om dig selv");
    }

    /**
     * Which hits may answer: those over the tuned coverage threshold, or the best alone when it covers less but
     * leads the rest clearly and asks for a value a quote must hold; never a passage without the question's numbers.
     */
    @Test
    void answerableHitsCoverTheQuestionOrLeadClearlyAndHoldItsNumbers() {
        dk.hrassistenten.knowledge.index.RankingWeights weights = gate();
        var when = plan("Hvornår blev kantinen ombygget?", dk.hrassistenten.knowledge.index.QueryPlan.AnswerType.DATE);
        var whenIn2019 = plan("Hvornår blev kantinen ombygget i 2019?", dk.hrassistenten.knowledge.index.QueryPlan.AnswerType.DATE);
        var what = plan("Hvad med kantinen?", dk.hrassistenten.knowledge.index.QueryPlan.AnswerType.OTHER);
        var covering = hit("Kantinen blev ombygget i 2025.", 0.9, 1.0);
        var leading = hit("Kantinen blev lavet om i 2025.", 0.6, 1.0);
        var runnerUp = hit("Kantinen har åbent til kl. 14.", 0.6, 0.4);
        var close = hit("Kantinen har åbent til kl. 15.", 0.6, 0.7);

        var all = wholeText();
        assertThat(AnswerComposer.answerable(weights, when, java.util.List.of(covering, runnerUp), all)).containsExactly(covering);
        assertThat(AnswerComposer.answerable(weights, whenIn2019, java.util.List.of(covering, runnerUp), all)).isEmpty();
        assertThat(AnswerComposer.answerable(weights, when, java.util.List.of(leading, runnerUp), all)).containsExactly(leading);
        assertThat(AnswerComposer.answerable(weights, when, java.util.List.of(leading, close), all)).as("no clear lead").isEmpty();
        assertThat(AnswerComposer.answerable(weights, what, java.util.List.of(leading, runnerUp), all)).as("nothing a quote must hold").isEmpty();
        assertThat(AnswerComposer.answerable(weights, whenIn2019, java.util.List.of(leading, runnerUp), all)).isEmpty();
    }

    /** A close passage that quotes the same value (a page's table and its text) agrees with the best; it is no rival. */
    @Test
    void aClosePassageGivingTheSameValueDoesNotTakeTheLead() {
        dk.hrassistenten.knowledge.index.RankingWeights weights = gate();
        var howMany = plan("Hvor mange behandlinger dækker ordningen?", dk.hrassistenten.knowledge.index.QueryPlan.AnswerType.NUMBER);
        var text = hit("Du kan få op til 5 behandlinger om året.", 0.6, 1.0);
        var table = hit("Omfang: Op til 5 behandlinger om året.", 0.6, 0.95);
        var other = hit("Omfang: Op til 6 behandlinger om året.", 0.6, 0.95);
        var all = wholeText();

        assertThat(AnswerComposer.answerable(weights, howMany, java.util.List.of(text, table), all)).containsExactly(text);
        assertThat(AnswerComposer.answerable(weights, howMany, java.util.List.of(text, other), all)).as("another value rivals it").isEmpty();
        assertThat(AnswerComposer.valuesOf(java.util.List.of("Fristen er 1. september 2026, og op til 5 behandlinger (12,5 %)."))).containsExactlyInAnyOrder("1. september", "2026", "5 behandlinger", "12,5 %");
    }

    /** A unit the question names is never paraphrased: a passage that does not name it answers for another. */
    @Test
    void aPassageAnswersOnlyIfItNamesTheUnitTheQuestionNames() {
        dk.hrassistenten.knowledge.index.RankingWeights weights = gate();
        var who = plan("Hvem er leder af Trivselsenheden?", dk.hrassistenten.knowledge.index.QueryPlan.AnswerType.PERSON_OR_UNIT);
        var another = hit("Sundhedsteamet. Leder: teamleder Tove Aagaard. Opgaver: trivselsmåling.", 0.9, 1.0);
        var named = hit("Trivselsenhedens leder er Ida Bak.", 0.9, 1.0);
        var all = wholeText();

        assertThat(AnswerComposer.answerable(weights, who, java.util.List.of(another), all)).isEmpty();
        assertThat(AnswerComposer.answerable(weights, who, java.util.List.of(named), all)).containsExactly(named);
    }

    /**
     * The best passage's rivals are the passages that could also answer: a close passage without a quote of the
     * asked shape does not take away the lead, and a best passage without one never answers on its lead.
     */
    @Test
    void aLeadIsMeasuredAgainstThePassagesThatHoldAQuoteOfTheShapeAsked() {
        dk.hrassistenten.knowledge.index.RankingWeights weights = gate();
        var when = plan("Hvornår blev kantinen ombygget?", dk.hrassistenten.knowledge.index.QueryPlan.AnswerType.DATE);
        var leading = hit("Kantinen blev lavet om i 2025.", 0.6, 1.0);
        var closeWithoutADate = hit("Kantinen er lys og rummelig.", 0.6, 0.9);
        var farWithADate = hit("Kantinen lukker 1. juli.", 0.6, 0.4);
        java.util.function.Function<dk.hrassistenten.knowledge.index.SearchHit, java.util.List<String>> dated =
                h -> h == closeWithoutADate ? java.util.List.of() : java.util.List.of(h.passage().text());

        assertThat(AnswerComposer.answerable(weights, when, java.util.List.of(leading, closeWithoutADate, farWithADate), dated))
                .containsExactly(leading);
        assertThat(AnswerComposer.answerable(weights, when, java.util.List.of(leading, closeWithoutADate, farWithADate),
                h -> h == closeWithoutADate ? java.util.List.of(h.passage().text()) : java.util.List.of()))
                .as("the best holds no quote").isEmpty();
    }

    /** Each hit's whole text as its quote. */
    private static java.util.function.Function<dk.hrassistenten.knowledge.index.SearchHit, java.util.List<String>> wholeText() {
        return h -> java.util.List.of(h.passage().text());
    }

    private static dk.hrassistenten.knowledge.index.QueryPlan plan(String question, dk.hrassistenten.knowledge.index.QueryPlan.AnswerType type) {
        return new dk.hrassistenten.knowledge.index.QueryPlan(question, java.util.List.of(), false, type);
    }

    private static dk.hrassistenten.knowledge.index.SearchHit hit(String text, double coverage, double score) {
        var passage = new dk.hrassistenten.knowledge.index.Passage(1, "kantine.md", "Kantinen", java.util.List.of(), text,
                dk.hrassistenten.knowledge.document.DocumentKind.OTHER, null, null, null, null, false, null, null, null);
        return new dk.hrassistenten.knowledge.index.SearchHit(passage, coverage, score, null);
    }

    /** The answerability gate's weights these tests reason with: cover 0.8, or lead the rival twice over from 0.5. */
    private static dk.hrassistenten.knowledge.index.RankingWeights gate() {
        return dk.hrassistenten.knowledge.index.RankingWeights.tuned().with("minCoverage", 0.8).with("leadCoverage", 0.5).with("leadRatio", 2.0);
    }
}
