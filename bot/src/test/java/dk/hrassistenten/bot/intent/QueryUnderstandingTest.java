package dk.hrassistenten.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.AssistantParts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.intent.Intent.Kind;
import dk.hrassistenten.bot.intent.Intent.Language;
import dk.hrassistenten.bot.intent.Intent.UnitAspect;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A table of messages and how they are read: kind, topic (for who-handles) and language. */
class QueryUnderstandingTest {

    /** The assistant's commands and the agenda command (which needs no store to be parsed). */
    private final QueryUnderstanding understanding = new QueryUnderstanding(new Assistant(() -> null, new SimpleMeterRegistry(),
            AssistantParts.none().withCommands(List.of(new AgendaCommand(null, null, Clock.systemUTC())))).commands());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", value = {
            // Who handles a topic: Danish wordings
            "Hvem håndterer HR-rådgivning i whistleblower-sager?                   | WHO_HANDLES   | HR-rådgivning i whistleblower-sager | DANISH",
            "hvem tager sig af feriehenlæggelser                                    | WHO_HANDLES   | feriehenlæggelser                   | DANISH",
            "Hvem står for lønudbetaling?                                           | WHO_HANDLES   | lønudbetaling                       | DANISH",
            "Hvem varetager rekruttering?                                           | WHO_HANDLES   | rekruttering                        | DANISH",
            "Hvem har ansvaret for regionens psykologiske beredskab?                | WHO_HANDLES   | regionens psykologiske beredskab    | DANISH",
            "Hvem er ansvarlig for arbejdsmiljø?                                    | WHO_HANDLES   | arbejdsmiljø                        | DANISH",
            "Hvem sørger for at hjemtage statsrefusion?                             | WHO_HANDLES   | hjemtage statsrefusion              | DANISH",
            "Hvem arbejder med samspillet med civilsamfundet og frivillige?         | WHO_HANDLES   | samspillet med civilsamfundet og frivillige | DANISH",
            "Hvem kan hjælpe mig med lønsedlen?                                     | WHO_HANDLES   | lønsedlen                           | DANISH",
            "Hvem kan hjælpe med barsel?                                            | WHO_HANDLES   | barsel                              | DANISH",
            "Hvem i HR-afdelingen håndterer sygefravær?                             | WHO_HANDLES   | sygefravær                          | DANISH",
            "Hvilken enhed fungerer som sikkerhedsrådgiver?                         | WHO_HANDLES   | sikkerhedsrådgiver                  | DANISH",
            "Hvilket kontor håndterer tjenestefrihed?                               | WHO_HANDLES   | tjenestefrihed                      | DANISH",
            "Hvilken afdeling står for introduktion af nye medarbejdere?            | WHO_HANDLES   | introduktion af nye medarbejdere    | DANISH",
            "Hvilken afdeling i Vestby Kommune rådgiver om advarsler?               | WHO_HANDLES   | advarsler i Vestby Kommune          | DANISH",
            "Hvilket team tager sig af lønrefusion?                                 | WHO_HANDLES   | lønrefusion                         | DANISH",
            "Hvilken sektion varetager seniorsamtaler?                              | WHO_HANDLES   | seniorsamtaler                      | DANISH",
            "Hvilken enhed i regionen udvikler e-læringskurser?                     | WHO_HANDLES   | e-læringskurser                     | DANISH",
            "Hvilken stabsfunktion følger op på forbruget?                          | WHO_HANDLES   | følger op på forbruget              | DANISH",
            "Hvilken HR-afdeling tager sig af barsel?                               | WHO_HANDLES   | barsel                              | DANISH",
            "Hvilken aldersgruppe kan få seniordage?                                | QUESTION      | -                                   | DANISH",
            "Hvor skal jeg henvende mig om barsel?                                  | WHO_HANDLES   | barsel                              | DANISH",
            "Hvor skal jeg henvende mig vedrørende ferieafregning?                  | WHO_HANDLES   | ferieafregning                      | DANISH",
            "Hvem skal jeg kontakte om ansættelseskontrakter?                       | WHO_HANDLES   | ansættelseskontrakter               | DANISH",
            "Hvem skal jeg spørge om seniorordninger?                               | WHO_HANDLES   | seniorordninger                     | DANISH",
            "Jeg har en sag om chikane, hvem skal jeg gå til?                       | WHO_HANDLES   | chikane                             | DANISH",
            "Hvem kan jeg tale med om stress?                                       | WHO_HANDLES   | stress                              | DANISH",
            "Hvor skal jeg gå hen med spørgsmål om pension?                         | WHO_HANDLES   | pension                             | DANISH",
            "Barsel – hvem skal jeg kontakte?                                       | WHO_HANDLES   | Barsel                              | DANISH",
            "Jeg er blevet syg i min vagtuge. Hvem skal jeg ringe til?              | WHO_HANDLES   | Jeg er blevet syg i min vagtuge     | DANISH",
            "Jeg overvejer en advarsel. Hvilken afdeling skal jeg kontakte?         | WHO_HANDLES   | Jeg overvejer en advarsel           | DANISH",
            "My payslip is wrong. Who should I call?                                | WHO_HANDLES   | My payslip is wrong                 | ENGLISH",
            "Hvem i Koncern HR tager sig af arbejdsmiljø?                           | WHO_HANDLES   | arbejdsmiljø                        | DANISH",
            "Tak, hvem håndterer barsel?                                            | WHO_HANDLES   | barsel                              | DANISH",
            "Hvem er sekretariat for Videreuddannelsesregion Nord?                  | WHO_HANDLES   | sekretariat for Videreuddannelsesregion Nord | DANISH",
            "Hvem udvikler e-læringskurser?                                         | WHO_HANDLES   | udvikler e-læringskurser            | DANISH",
            "/hvem lønudbetaling                                                    | WHO_HANDLES   | lønudbetaling                       | DANISH",
            "/hvem håndterer løn                                                    | WHO_HANDLES   | løn                                 | DANISH",
            "hvem lønudbetaling                                                     | WHO_HANDLES   | lønudbetaling                       | DANISH",
            "hvem håndterer løn                                                     | WHO_HANDLES   | løn                                 | DANISH",
            "Hej! Hvem håndterer løn?                                               | WHO_HANDLES   | løn                                 | DANISH",
            // Who handles a topic: English wordings
            "Who is responsible for clinical simulation training?                   | WHO_HANDLES   | clinical simulation training        | ENGLISH",
            "Who handles payroll?                                                   | WHO_HANDLES   | payroll                             | ENGLISH",
            "Who takes care of sick leave?                                          | WHO_HANDLES   | sick leave                          | ENGLISH",
            "Who deals with harassment cases?                                       | WHO_HANDLES   | harassment cases                    | ENGLISH",
            "Which unit handles salary negotiation?                                 | WHO_HANDLES   | salary negotiation                  | ENGLISH",
            "Which team handles onboarding?                                         | WHO_HANDLES   | onboarding                          | ENGLISH",
            "Which office is responsible for travel expenses?                       | WHO_HANDLES   | travel expenses                     | ENGLISH",
            "Which department deals with pensions?                                  | WHO_HANDLES   | pensions                            | ENGLISH",
            "Which HR team deals with pensions?                                     | WHO_HANDLES   | pensions                            | ENGLISH",
            "Who is the HR function for the hospitals?                              | WHO_HANDLES   | the hospitals                       | ENGLISH",
            "Who do I contact about parental leave?                                 | WHO_HANDLES   | parental leave                      | ENGLISH",
            "Where do I go with a question about my contract?                       | WHO_HANDLES   | my contract                         | ENGLISH",
            "Who can I talk to about stress?                                        | WHO_HANDLES   | stress                              | ENGLISH",
            "Where should I go with a harassment case?                              | WHO_HANDLES   | a harassment case                   | ENGLISH",
            "/who recruitment                                                       | WHO_HANDLES   | recruitment                         | ENGLISH",
            // Who holds a role: a person's name, or nothing
            "Hvem er HR-direktør?                                                   | ROLE_HOLDER   | -                                   | DANISH",
            "Hvem var ordstyrer på mødet?                                           | ROLE_HOLDER   | -                                   | DANISH",
            "Hvem er formanden for HMU?                                             | ROLE_HOLDER   | -                                   | DANISH",
            "Hvem er formand for udvalget?                                          | ROLE_HOLDER   | -                                   | DANISH",
            "Who is the chair of HMU?                                               | ROLE_HOLDER   | -                                   | ENGLISH",
            "Who is the head of HR?                                                 | ROLE_HOLDER   | -                                   | ENGLISH",
            // About a unit itself
            "Hvem leder afdelingen?                                                 | UNIT_QUESTION | -                                   | DANISH",
            "Hvem leder Koncern HR?                                                 | UNIT_QUESTION | -                                   | DANISH",
            "Hvor ligger Team Jura?                                                 | UNIT_QUESTION | -                                   | DANISH",
            "Hvad laver Stab?                                                       | UNIT_QUESTION | -                                   | DANISH",
            "Hvad hedder Team Jura nu?                                              | UNIT_QUESTION | -                                   | DANISH",
            "Who leads the department?                                              | UNIT_QUESTION | -                                   | ENGLISH",
            "Where is MidtSim located?                                              | UNIT_QUESTION | -                                   | ENGLISH",
            "What is Team Jura called now?                                          | UNIT_QUESTION | -                                   | ENGLISH",
            "Tell me about LPS                                                      | UNIT_QUESTION | -                                   | ENGLISH",
            // Follow-ups
            "og hvem leder den?                                                     | FOLLOW_UP     | -                                   | DANISH",
            "Hvad med Aarhus?                                                       | FOLLOW_UP     | -                                   | DANISH",
            "men hvor ligger de?                                                    | FOLLOW_UP     | -                                   | DANISH",
            "and where is it?                                                       | FOLLOW_UP     | -                                   | ENGLISH",
            "What about the other region?                                           | FOLLOW_UP     | -                                   | ENGLISH",
            // The asker's own data
            "Hvad er min løn?                                                       | PERSONAL      | -                                   | DANISH",
            "hvad er mit medarbejdernummer                                          | PERSONAL      | -                                   | DANISH",
            "Hvor mange er mine feriedage?                                          | PERSONAL      | -                                   | DANISH",
            "Hvor høj er min pension?                                               | PERSONAL      | -                                   | DANISH",
            // ... unless it asks whom to go to with it
            "Der er fejl på min lønseddel, hvem skal jeg kontakte?                  | WHO_HANDLES   | Der er fejl på min lønseddel        | DANISH",
            "Hvem retter fejl på min lønseddel?                                     | WHO_HANDLES   | retter fejl på min lønseddel        | DANISH",
            "Jeg er ny. Hvem er min leder?                                          | PERSONAL      | -                                   | DANISH",
            // ... and the sentence that asks decides: a story may mention the asker's data
            "Min lønseddel var forkert. Hvad hedder Lønkontoret nu?                 | UNIT_QUESTION | -                                   | DANISH",
            "Jeg skal søge kursuspenge. Hvor skal jeg henvende mig nu?              | WHO_HANDLES   | Jeg skal søge kursuspenge           | DANISH",
            // ... asked for a group, for someone else, or for where to send something
            "Vi holder reception for en kollega. Hvem skal vi kontakte?             | WHO_HANDLES   | Vi holder reception for en kollega  | DANISH",
            "Min søn vil være lærling. Hvor skal han henvende sig?                  | WHO_HANDLES   | Min søn vil være lærling            | DANISH",
            "Jeg har mine kørselssedler. Hvor skal jeg sende dem hen nu?            | WHO_HANDLES   | Jeg har mine kørselssedler          | DANISH",
            // A story first, the question who last: the whole story is the topic, with where the asker is
            "Jeg vil tale med en psykolog om stress. Hvem i Vestby skal jeg gå til? | WHO_HANDLES   | Jeg vil tale med en psykolog om stress i Vestby | DANISH",
            "Jeg er sygemeldt. Hvem holder fastholdelsesmøder?                      | WHO_HANDLES   | Jeg er sygemeldt holder fastholdelsesmøder | DANISH",
            "Jeg er ny pedel på Kirkeby Skole og har mistet min nøgle. Hvem skal jeg kontakte? | WHO_HANDLES | Jeg er ny pedel på Kirkeby Skole og har mistet min nøgle | DANISH",
            "Hvornår er min næste lønsamtale?                                       | PERSONAL      | -                                   | DANISH",
            "Hvor mange feriedage har jeg tilbage?                                  | PERSONAL      | -                                   | DANISH",
            // ... but what the rules allow is in the documents, even about the asker's own balance
            "Hvor mange plustimer må jeg have på min flekssaldo?                    | QUESTION      | -                                   | DANISH",
            "Hvor mange feriedage har jeg tilbage i år?                             | PERSONAL      | -                                   | DANISH",
            "What is my salary?                                                     | PERSONAL      | -                                   | ENGLISH",
            "what's my manager                                                      | PERSONAL      | -                                   | ENGLISH",
            "How many vacation days do I have left?                                 | PERSONAL      | -                                   | ENGLISH",
            "Hvem er min leder?                                                     | PERSONAL      | -                                   | DANISH",
            "Hvad er mit løntrin?                                                   | PERSONAL      | -                                   | DANISH",
            // Small talk
            "hej                                                                    | SMALL_TALK    | -                                   | DANISH",
            "Goddag!                                                                | SMALL_TALK    | -                                   | DANISH",
            "Tusind tak!                                                            | SMALL_TALK    | -                                   | DANISH",
            "tak for svaret                                                         | SMALL_TALK    | -                                   | DANISH",
            "thanks                                                                 | SMALL_TALK    | -                                   | ENGLISH",
            "Hello there                                                            | SMALL_TALK    | -                                   | ENGLISH",
            "Thank you very much!                                                   | SMALL_TALK    | -                                   | ENGLISH",
            // Commands, with or without the slash
            "hjælp                                                                  | COMMAND       | -                                   | DANISH",
            "/enheder                                                               | COMMAND       | -                                   | DANISH",
            "dagsorden vis forum=\"HMU Eksempel\" dato=2030-12-10                   | COMMAND       | -                                   | DANISH",
            "agenda list forum=\"HMU Eksempel\" date=2030-12-10                     | COMMAND       | -                                   | ENGLISH",
            "enhed Team Jura                                                        | COMMAND       | -                                   | DANISH",
            // Questions for the documents
            "Hvornår er der møde?                                                   | QUESTION      | -                                   | DANISH",
            "Hvad er TULE?                                                          | QUESTION      | -                                   | DANISH",
            "Hvem?                                                                  | QUESTION      | -                                   | DANISH",
            "whoever said that is wrong about the rules for holidays                | QUESTION      | -                                   | ENGLISH",
            "Hvad er min ret til ferie, når jeg er syg?                             | QUESTION      | -                                   | DANISH",
            "Hvor mange feriedage har jeg ret til?                                  | QUESTION      | -                                   | DANISH",
            "Må jeg tage e-læring i arbejdstiden?                                   | QUESTION      | -                                   | DANISH",
            "Hvad er løn- og forhandlingsdirektørens opgaver?                       | QUESTION      | -                                   | DANISH",
            "What is the leadership model made of?                                  | QUESTION      | -                                   | ENGLISH",
            "Hvilke værdier bygger ledelsesgrundlaget på?                           | QUESTION      | -                                   | DANISH",
            "hjælp mig med at finde ud af reglerne for barsel                       | QUESTION      | -                                   | DANISH",
            "Hvilke enheder er der i Koncern HR?                                    | QUESTION      | -                                   | DANISH",
            "Which units are there in HR?                                           | QUESTION      | -                                   | ENGLISH",
            "Hvor finder jeg reglerne om barsel?                                    | QUESTION      | -                                   | DANISH",
            "Enheder i Aarhus, hvilke opgaver har de i forbindelse med omstilling   | UNIT_QUESTION | -                                   | DANISH",
    })
    void readsAMessageAsOneIntentWithItsLanguage(String text, Kind kind, String topic, Language language) {
        Intent intent = understanding.understand(text);
        assertThat(intent.kind()).as("kind").isEqualTo(kind);
        assertThat(intent.topic()).as("topic").isEqualTo(topic);
        assertThat(intent.language()).as("language").isEqualTo(language);
    }

    @Test
    void aCommandCarriesItsInvocationAndAWhoCommandAlsoItsTopic() {
        Intent agenda = understanding.understand("dagsorden vis forum=\"HMU Eksempel\" dato=2030-12-10");
        assertThat(agenda.command().command().spec().name()).isEqualTo("dagsorden");
        assertThat(agenda.command().arguments()).startsWith("vis forum=");
        Intent who = understanding.understand("/hvem lønudbetaling");
        assertThat(who.command().command().spec().name()).isEqualTo("hvem");
        // A who-question without its question mark is a question, not the command with "håndterer løn" as topic.
        assertThat(understanding.understand("hvem håndterer løn").command()).isNull();
    }

    @Test
    void aGreetingBeforeAQuestionIsDroppedFromTheTextToAnswer() {
        assertThat(understanding.understand("Hej! Hvornår er der møde?").text()).isEqualTo("Hvornår er der møde?");
        assertThat(understanding.understand("Goddag. hjælp").kind()).isEqualTo(Kind.COMMAND);
    }

    @Test
    void aFollowUpCarriesItsStandaloneReadingAndWhatItAsksAboutAUnit() {
        Intent intent = understanding.understand("og hvem leder den?");
        assertThat(intent.aspect()).isEqualTo(UnitAspect.LEADER);
        assertThat(intent.standalone().kind()).isEqualTo(Kind.UNIT_QUESTION);
        assertThat(understanding.understand("Hvem håndterer det?").standalone().topic()).isEqualTo("det");
    }

    @Test
    void smallTalkIsToldApart() {
        assertThat(understanding.understand("Mange tak!").smallTalk()).isEqualTo(Intent.SmallTalk.THANKS);
        assertThat(understanding.understand("hej").smallTalk()).isEqualTo(Intent.SmallTalk.GREETING);
        assertThat(understanding.understand("Farvel").smallTalk()).isEqualTo(Intent.SmallTalk.BYE);
    }

    @Test
    void aUnitQuestionSaysWhatAboutTheUnitItAsks() {
        assertThat(understanding.understand("Hvor ligger Team Jura?").aspect()).isEqualTo(UnitAspect.LOCATION);
        assertThat(understanding.understand("Hvad hedder Team Jura nu?").aspect()).isEqualTo(UnitAspect.NAME);
        assertThat(understanding.understand("Jeg skulle ringe til Team Jura om en sag. Hvad hedder de nu?").aspect()).isEqualTo(UnitAspect.NAME);
        assertThat(understanding.understand("Før ringede jeg til Team Jura om en sag – hvad hedder de nu?").aspect()).isEqualTo(UnitAspect.NAME);
        assertThat(understanding.understand("Hvad hedder Team Jura nu i Egeby Kommune?").aspect()).isEqualTo(UnitAspect.NAME);
        assertThat(understanding.understand("Jeg talte med Team Jura sidste år. Hvad hedder de efter 1. juni 2027?").aspect()).isEqualTo(UnitAspect.NAME);
        assertThat(understanding.understand("Hvad hedder Team Jura fra 1. maj?").aspect()).isEqualTo(UnitAspect.NAME);
        assertThat(understanding.understand("Hvad hedder det nye system?").aspect()).isNull(); // no "now", no day: what it is called
        assertThat(understanding.understand("Hvem er kontorchef i Team Jura?").aspect()).isEqualTo(UnitAspect.LEADER);
        assertThat(understanding.understand("Hvem er formand for HMU?").aspect()).isNull();
        assertThat(understanding.understand("Hvem håndterer løn?").aspect()).isNull();
    }

    @Test
    void aRoleHolderIsNeitherALeaderQuestionNorAResponsibility() {
        assertThat(understanding.understand("Hvem er HR-direktør?").kind()).isEqualTo(Kind.ROLE_HOLDER);
        assertThat(understanding.understand("Hvem leder Fælles HR?").kind()).isNotEqualTo(Kind.ROLE_HOLDER);
        assertThat(understanding.understand("Hvem er ansvarlig for arbejdsmiljø?").kind()).isNotEqualTo(Kind.ROLE_HOLDER);
    }

    /** The asker's role at a workplace, tried away when the whole topic finds no unit; a state the asker is in stays. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Jeg er ny pedel på Kirkeby Skole og har mistet min nøgle          | false | har mistet min nøgle på Kirkeby Skole
            Jeg er gravid og arbejder med kemikalier                          | false | Jeg er gravid og arbejder med kemikalier
            Jeg er sygemeldt fra Kirkeby Skole                                | false | Jeg er sygemeldt fra Kirkeby Skole
            I am a porter at Kirkeby Hospital and lost my locker key          | true  | lost my locker key at Kirkeby Hospital
            """)
    void theAskersRoleAtAWorkplaceCanBeLeftOutOfATopic(String topic, boolean english, String without) {
        assertThat(QueryUnderstanding.withoutAsker(topic, english)).isEqualTo(without);
    }
}
