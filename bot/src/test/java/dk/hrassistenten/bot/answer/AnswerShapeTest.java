package dk.hrassistenten.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.index.Concept;
import dk.hrassistenten.knowledge.index.QueryPlan;
import dk.hrassistenten.knowledge.index.QueryPlan.AnswerType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What shape of sentence answers which question, on sentences written for the test. */
class AnswerShapeTest {

    /** Names the test's documents would never write in lower case. */
    private static final Set<String> NAMES = Set.of("grete", "sørensen", "kulturhus", "nordby", "havnegade", "vestby", "åby");
    private final AnswerShape shape = new AnswerShape(w -> !NAMES.contains(w.toLowerCase()));

    private static QueryPlan plan(String question, AnswerType type, Concept... concepts) {
        return new QueryPlan(question, List.of(concepts), false, type);
    }

    private static Concept concept(String word, String... terms) {
        return new Concept(word, Set.of(terms), List.of(), Set.of(), 1.0, true);
    }

    private boolean fits(String question, AnswerType type, String sentence) {
        return shape.fits(AnswerShape.asked(plan(question, type)), sentence);
    }

    @Test
    void aQuestionAsksForEveryShapeItsQuestionWordsName() {
        AnswerShape.Asked amountAndRule = AnswerShape.asked(plan("Hvor meget tid må jeg bruge på kurser?", AnswerType.NUMBER));
        assertThat(amountAndRule.values()).containsExactly(AnswerType.NUMBER);
        assertThat(amountAndRule.rule()).isTrue();

        AnswerShape.Asked whenAndRule = AnswerShape.asked(plan("Hvornår skal jeg melde mig syg?", AnswerType.RULE));
        assertThat(whenAndRule.values()).containsExactly(AnswerType.DATE);
        assertThat(whenAndRule.rule()).isTrue();

        assertThat(AnswerShape.asked(plan("Hvad er formålet med politikken?", AnswerType.OTHER)).constrained()).isFalse();
    }

    @Test
    void aWhenQuestionTakesADateATimeOrARecurrence() {
        String q = "Hvornår holdes personalemødet?";
        assertThat(fits(q, AnswerType.DATE, "Personalemødet holdes den 4. juni 2026.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Mødet holdes hvert år i marts.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Ordningen evalueres efter et år.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Mødet begynder kl. 9.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Personalemødet holdes i kantinen.")).isFalse();
    }

    @Test
    void aQuestionForAnAgeTakesANumberOfYears() {
        String q = "Til og med hvilken alder kan man få omsorgsdage for sit barn?";
        assertThat(fits(q, AnswerType.NUMBER, "Omsorgsdage gives indtil udgangen af det år, hvor barnet fylder 8 år.")).isTrue();
        assertThat(fits(q, AnswerType.NUMBER, "Du kan få 2 omsorgsdage pr. barn.")).isFalse();
        assertThat(fits("How old must the child be?", AnswerType.NUMBER, "Children aged 12 or younger.")).isTrue();
        assertThat(fits("Hvor gammel må straffeattesten være?", AnswerType.NUMBER, "Attesten må højst være 2 måneder gammel.")).isTrue();
    }

    @Test
    void aQuestionForASumTakesASumNotAnotherNumber() {
        String q = "Hvad er beløbsgrænsen for gaver fra borgere?";
        assertThat(fits(q, AnswerType.NUMBER, "Gaver under 150 kr. må modtages.")).isTrue();
        assertThat(fits(q, AnswerType.NUMBER, "En gave skal registreres senest 5 arbejdsdage efter modtagelsen.")).isFalse();
        assertThat(fits("Hvor meget er tillægget?", AnswerType.NUMBER, "Tillægget udgør 12 procent af lønnen.")).isTrue();
    }

    @Test
    void theDigitsOfANameAreNoCount() {
        assertThat(AnswerShape.holdsACount("3F holder medlemsmøde for de ansatte.")).isFalse();
        assertThat(AnswerShape.holdsACount("Parkering på P2 kræver en tilladelse.")).isFalse();
        assertThat(AnswerShape.holdsACount("Der er 3 pladser på P2.")).isTrue();
    }

    @Test
    void aHowOftenQuestionTakesARecurrenceNotADeadline() {
        String q = "Hvor ofte skal kurset gennemføres?";
        assertThat(fits(q, AnswerType.DATE, "Kurset skal gennemføres hvert 2. år.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "MUS holdes én gang om året.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Kurset kan højst tages 2 gange inden for et kalenderår.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Nyansatte skal gennemføre kurset inden for 30 dage.")).isFalse();
    }

    @Test
    void aByWhenQuestionTakesATimeThatSetsALimitNotOneThatTellsHowFarThingsHaveCome() {
        String q = "Hvornår skal alle senest have gennemført kurset i brandsikkerhed?";
        assertThat(fits(q, AnswerType.DATE, "Alle skal have gennemført kurset inden 1. marts 2027.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Kurset skal være gennemført senest 1. marts 2027.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Pr. 1. februar 2027 havde 80 procent gennemført kurset.")).isFalse();
        assertThat(fits("What is the deadline for the fire safety course?", AnswerType.DATE, "Kurset holdes 1. marts 2027.")).isFalse();
    }

    @Test
    void aWhichDateQuestionTakesADateNotAPeriod() {
        String q = "Fra hvilken dato har det været forbudt at ryge i arbejdstiden?";
        assertThat(fits(q, AnswerType.DATE, "Sygehuset har haft røgfri arbejdstid siden 1. januar 2025.")).isTrue();
        assertThat(fits(q, AnswerType.DATE, "Deltagerne kan få nikotinerstatning i op til 12 uger.")).isFalse();
        // a yearly date has no year
        assertThat(fits("Hvilken dato opgøres arbejdstiden?", AnswerType.DATE, "Arbejdstiden opgøres én gang om året pr. 31. juli.")).isTrue();
        assertThat(fits("Hvilken dato opgøres arbejdstiden?", AnswerType.DATE, "Arbejdstiden opgøres én gang om året.")).isFalse();
    }

    /** "Hvad var sygefraværet …?" names no value in its question words, but a rate asks for a percentage. */
    @Test
    void aRateQuestionTakesAPercentageNotAnotherNumber() {
        String q = "Hvad var sygefraværet i 2026?";
        assertThat(fits(q, AnswerType.OTHER, "Sygefravær i alt, 2026: 6,8 %.")).isTrue();
        assertThat(fits(q, AnswerType.OTHER, "12 af hændelserne var fysisk vold, og 3 førte til sygefravær.")).isFalse();
        assertThat(fits("Hvem registrerer sygefraværet?", AnswerType.PERSON_OR_UNIT, "Lønkontoret registrerer det.")).isTrue();
    }

    @Test
    void aHowSoonQuestionTakesAPeriodNotAClockTime() {
        String q = "Hvor hurtigt efter første sygedag skal lederen holde en samtale?";
        assertThat(fits(q, AnswerType.NUMBER, "Lederen holder den første samtale senest 3 uger efter første sygedag.")).isTrue();
        assertThat(fits(q, AnswerType.NUMBER, "Du skal sygemelde dig senest kl. 7.00 på første sygedag.")).isFalse();
    }

    @Test
    void aDateIsNoPlace() {
        String q = "Hvor holdes julefrokosten?";
        assertThat(fits(q, AnswerType.PLACE, "Julefrokosten holdes fredag den 5. december 2026.")).isFalse();
        assertThat(fits(q, AnswerType.PLACE, "Julefrokosten holdes i mødelokale 2.")).isTrue();
        assertThat(fits(q, AnswerType.PLACE, "Julefrokosten holdes på Vestby Kulturhus.")).isTrue();
        assertThat(fits(q, AnswerType.PLACE, "Tilmelding sker på intranettet.")).isTrue();
        assertThat(fits(q, AnswerType.PLACE, "Adressen er Havnegade 12, 8000 Aarhus C.")).isTrue();
    }

    @Test
    void thePlaceTheQuestionNamesIsNotTheAnswer() {
        String q = "Hvor holdes seniorseminaret i Nordby Kommune?";
        assertThat(fits(q, AnswerType.PLACE, "Nordby Kommune holder hvert forår et seniorseminar.")).isFalse();
        assertThat(fits(q, AnswerType.PLACE, "Seminaret holdes hvert år i Nordby.")).isFalse();
        assertThat(fits(q, AnswerType.PLACE, "Seminaret holdes på Nordby Kulturhus.")).isTrue();
        assertThat(fits(q, AnswerType.PLACE, "Seminaret holdes i byrådssalen.")).isTrue();
    }

    @Test
    void aNameTheQuestionsPlaceOnlyBeginsIsAnotherPlace() {
        String q = "Hvor kan medarbejderne på Åby Sygehus parkere?";
        assertThat(fits(q, AnswerType.PLACE, "Medarbejderne kan parkere ved Åby Station.")).isTrue();
        assertThat(fits(q, AnswerType.PLACE, "Medarbejderne kan parkere ved Åby Sygehus.")).isFalse();
    }

    @Test
    void aCountIsANumberThatIsNoYearNoDateAndNoReference() {
        String q = "Hvor mange seniordage har jeg?";
        assertThat(fits(q, AnswerType.NUMBER, "Medarbejdere har 4 seniordage om året.")).isTrue();
        assertThat(fits(q, AnswerType.NUMBER, "Medarbejdere har tre seniordage.")).isTrue();
        assertThat(fits(q, AnswerType.NUMBER, "Ordningen blev indført i 2025.")).isFalse();
        assertThat(fits(q, AnswerType.NUMBER, "Ordningen gælder fra 1. januar 2026.")).isFalse();
        assertThat(fits(q, AnswerType.NUMBER, "Reglerne står i § 5 og bilag 2.")).isFalse();
        assertThat(fits(q, AnswerType.NUMBER, "Kontakt HR på tlf. 12345678.")).isFalse();
        assertThat(fits(q, AnswerType.NUMBER, "Dagene holdes inden kl. 12.")).isFalse();
        assertThat(fits(q, AnswerType.NUMBER, "Samtalen holdes på 5. sygedag.")).as("an ordinal").isFalse();
        assertThat(fits(q, AnswerType.NUMBER, "3.1 Alle medarbejdere tilbydes en samtale.")).as("a section number").isFalse();
    }

    /** With the question's words blanked out, a count inside the sentence is no section number at its start. */
    @Test
    void aCountAfterTheQuestionsOwnWordsIsNoNumbering() {
        String q = "Hvor mange tilfældige opslag trækker Journalkontrollen hver måned?";
        assertThat(fits(q, AnswerType.NUMBER, "Journalkontrollen trækker hver måned 150 tilfældige opslag.")).isTrue();
    }

    @Test
    void daysOfTheCalendarsKindsArePeriods() {
        String q = "Hvor hurtigt bliver forskellen udbetalt?";
        assertThat(fits(q, AnswerType.NUMBER, "Forskellen udbetales inden for 2 bankdage.")).isTrue();
        assertThat(fits(q, AnswerType.NUMBER, "Forskellen udbetales inden for 4 hverdage.")).isTrue();
        assertThat(fits(q, AnswerType.NUMBER, "Forskellen udbetales inden for et døgn.")).isTrue();
    }

    @Test
    void aWhoQuestionTakesAPersonOrAUnit() {
        String q = "Hvem godkender ferien?";
        assertThat(fits(q, AnswerType.PERSON_OR_UNIT, "Ferien godkendes af din nærmeste leder.")).isTrue();
        assertThat(fits(q, AnswerType.PERSON_OR_UNIT, "Ferien godkendes af Personaleafdelingen.")).isTrue();
        assertThat(fits(q, AnswerType.PERSON_OR_UNIT, "Formand for udvalget, Grete Sørensen, godkender.")).isTrue();
        assertThat(fits(q, AnswerType.PERSON_OR_UNIT, "Ferien godkendes senest 1. marts.")).isFalse();
        assertThat(shape.namesAPerson("Formand for udvalget, Grete Sørensen, bød velkommen.")).isTrue();
        assertThat(shape.namesAPerson("Region Nordby er en region.")).isFalse();
    }

    @Test
    void aRuleQuestionTakesARuleARightADutyOrAnEntitlement() {
        String q = "Må jeg ryge i arbejdstiden?";
        assertThat(fits(q, AnswerType.RULE, "Rygning er ikke tilladt i arbejdstiden.")).isTrue();
        assertThat(fits(q, AnswerType.RULE, "Du skal ryge uden for matriklen.")).isTrue();
        assertThat(fits(q, AnswerType.RULE, "Medarbejdere har mødepligt.")).isTrue();
        assertThat(fits("Kan jeg få en kontorstol?", AnswerType.RULE, "Kommunen udleverer ikke kontorstole.")).isTrue();
        assertThat(fits("Må jeg sygemelde mig på sms?", AnswerType.RULE, "Sygemelding på sms accepteres ikke.")).isTrue();
        assertThat(fits(q, AnswerType.RULE, "Det kan være svært at finde tid i en travl hverdag.")).isFalse();
    }

    @Test
    void aRuleAnswersAnAmountQuestionThatAlsoAsksForARule() {
        String q = "Hvor meget tid må jeg bruge på e-læring?";
        assertThat(fits(q, AnswerType.NUMBER, "Tiden til e-læring aftales med lederen.")).isTrue();
        assertThat(fits("Hvor mange kurser tager medarbejderne?", AnswerType.NUMBER, "Tiden til kurser aftales med lederen.")).isFalse();
        assertThat(fits("Hvornår skal jeg melde mig syg?", AnswerType.RULE, "Du skal melde dig syg til din leder.")).isFalse();
        assertThat(fits("Hvornår skal jeg melde mig syg?", AnswerType.RULE, "Du skal melde dig syg senest kl. 8.")).isTrue();
        assertThat(fits("Hvornår skal jeg melde mig syg?", AnswerType.RULE, "Sygefraværet var i 2025 på 5,4 procent.")).as("a year alone").isFalse();
        assertThat(fits("Hvornår blev regionen dannet?", AnswerType.DATE, "Regionen blev dannet i 2007.")).isTrue();
    }

    @Test
    void aSentenceThatOnlyRepeatsTheQuestionSaysNothing() {
        QueryPlan plan = plan("Hvad er reglerne for private mobiltelefoner?", AnswerType.OTHER,
                concept("reglerne", "regl"), concept("private", "privat"), concept("mobiltelefoner", "mobiltelefon"));
        AnswerShape.Asked asked = AnswerShape.asked(plan);
        assertThat(shape.onlyRepeats(plan, asked, "Regler for private mobiltelefoner", Set.of("regl", "privat", "mobiltelefon"))).isTrue();
        assertThat(shape.onlyRepeats(plan, asked, "Hvad er reglerne for private mobiltelefoner?", Set.of("regl", "privat", "mobiltelefon"))).isTrue();
        assertThat(shape.onlyRepeats(plan, asked, "Private mobiltelefoner må kun bruges i pauserne.",
                Set.of("privat", "mobiltelefon", "brug", "paus"))).isFalse();
    }

    @Test
    void theValueAskedForIsSomethingTheQuestionDoesNotSay() {
        QueryPlan plan = plan("Hvornår holder kantinen åbent?", AnswerType.DATE, concept("kantinen", "kantin"), concept("åbent", "åben"));
        AnswerShape.Asked asked = AnswerShape.asked(plan);
        assertThat(shape.onlyRepeats(plan, asked, "Kantinen holder åbent til kl. 15.", Set.of("kantin", "åben", "15"))).isFalse();
    }

    @Test
    void compoundsEndingInACueNounCount() {
        assertThat(AnswerShape.statesARule("Der er tavshedspligt.")).isTrue();
        assertThat(shape.holdsAPlace("Det foregår i undervisningslokalet.")).isTrue();
        assertThat(shape.namesAUnit("Spørg lønafdelingen.")).isTrue();
        assertThat(shape.holdsAPlace("Personalechefen fører de lokale lønforhandlinger.")).as("'lokale' alone means local").isFalse();
        assertThat(fits("Hvor registreres ferie i Nordby?", AnswerType.PLACE, "Ferie registreres i NordbyPortalen.")).as("a compound of a question's word is new").isTrue();
    }

    /** An English phrase is one concept: "how many senior days" counts "senior days". */
    @Test
    void aCountQuestionKnowsWhatItCountsAlsoWhenThatIsAnEnglishPhrase() {
        Concept seniorDays = new Concept("senior days", Set.of("seniordag"), List.of(), Set.of(), 2.0, true);
        Concept employees = new Concept("employees", Set.of("medarbejder"), List.of(), Set.of(), 1.0, true);
        QueryPlan plan = new QueryPlan("How many senior days do employees get?", List.of(seniorDays, employees), true, AnswerType.NUMBER);
        assertThat(AnswerShape.asked(plan).counted()).containsExactly(seniorDays);
    }
}
