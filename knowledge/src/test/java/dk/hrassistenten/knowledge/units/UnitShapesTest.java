package dk.hrassistenten.knowledge.units;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.Fixtures;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Units from organisation texts in the shapes other organisations write them (fixtures/units, invented
 * organisations): an intranet page with nested sections, prose with task verbs, cleft and passive sentences, task
 * lists under a unit, a chart as a nested list, a table of units, a memo with renames and mergers, two organisations with a unit of the
 * same name, and minutes that speak of units in passing.
 */
class UnitShapesTest {

    private static UnitDirectory directory;

    @BeforeAll
    static void build() {
        directory = KnowledgeSnapshot.build(Fixtures.fixture("units"), p -> { }).units();
    }

    private static Unit unit(String name, String organization) {
        return directory.find(name, organization).orElseThrow(() -> new AssertionError("no unit " + name + " in " + organization
                + "; units: " + directory.units().stream().map(u -> u.name() + "/" + u.organization()).toList()));
    }

    @Test
    void anIntranetPageGivesUnitsWithParentsLeadersAndContacts() {
        Unit centre = unit("Personalecentret", "Vestby Kommune");
        Unit pay = unit("Lønafdelingen", "Vestby Kommune");
        Unit refunds = unit("Sektion for Refusion", "Vestby Kommune");
        assertThat(centre.leader()).isEqualTo("centerchef Anne Mose");
        assertThat(pay.parent()).isEqualTo("Personalecentret"); // "… består af to afdelinger"
        assertThat(pay.leader()).isEqualTo("afdelingschef Bo Vind");
        assertThat(pay.contact()).isEqualTo(new Unit.Contact("loen@vestby.dk", "11 22 33 44"));
        assertThat(refunds.parent()).isEqualTo("Lønafdelingen"); // indented below it
        assertThat(refunds.leader()).isEqualTo("sektionsleder Eva Kær");
        assertThat(refunds.contact().email()).isEqualTo("refusion@vestby.dk");
        assertThat(refunds.aliases()).contains("Refusion");
        assertThat(unit("Kompetencekontoret", "Vestby Kommune").parent()).isEqualTo("Personalecentret");
        assertThat(pay.tasks()).noneMatch(t -> t.text().contains("Relaterede sider"));
    }

    @Test
    void aTableOfUnitsGivesAUnitPerRowWithItsLeaderContactAndOneTaskPerListedItem() {
        Unit pay = unit("Lønservice", "Sydby Kommune");
        assertThat(pay.leader()).isEqualTo("Kontorchef Birgitte Holm");
        assertThat(pay.contact().email()).isEqualTo("loen@sydby.dk");
        // each listed item, and the list as a whole, which a question joining two of them matches
        assertThat(pay.tasks()).extracting(Unit.Task::text).containsExactly("Lønudbetaling", "lønsedler", "skattekort",
                "Lønudbetaling, lønsedler, skattekort");
        assertThat(unit("Arbejdsmiljøgruppen", "Sydby Kommune").contact().phone()).isEqualTo("70 10 20 30");
        assertThat(unit("Rekrutteringsteamet", "Sydby Kommune").tasks()).as("a cell that lists its items with semicolons")
                .extracting(Unit.Task::text).startsWith("Stillingsopslag", "straffeattester", "ansættelse af læger fra udlandet").hasSize(4);
        // a table of roles and their supplements names no units, though "funktion" can name one
        assertThat(directory.units("Sydby Kommune")).extracting(Unit::name).doesNotContain("Tillidsrepræsentant");
    }

    @Test
    void proseNamesUnitsAsSubjectsOfTaskVerbsInCleftAndPassiveSentences() {
        assertThat(unit("Lønteamet", "Østby Kommune").tasks()).anyMatch(t -> t.text().contains("lønudbetaling"));
        assertThat(unit("HR-jura", "Østby Kommune").tasks()).anyMatch(t -> t.text().startsWith("Det er HR-jura, der rådgiver"));
        assertThat(unit("Rekrutteringsteamet", "Østby Kommune").tasks()).anyMatch(t -> t.text().contains("jobopslag"));
        assertThat(directory.units(("Østby Kommune"))).noneMatch(u -> u.tasks().stream().anyMatch(t -> t.text().contains("Parkering")));
    }

    /** A hospital page names its own organisation first ("Nordby Sygehus – …"), though it belongs to a region. */
    @Test
    void aTaskListIntroducesASubUnitWhoseLinesAreItsOwn() {
        Unit staff = unit("Personale og Løn", "Nordby Sygehus");
        Unit rota = unit("Vagtenheden", "Nordby Sygehus");
        assertThat(staff.leader()).isEqualTo("HR-chef Lis Holm");
        assertThat(rota.parent()).isEqualTo("Personale og Løn");
        assertThat(rota.leader()).isEqualTo("Jens Bo");
        assertThat(rota.tasks()).extracting(Unit.Task::text).contains("godkender vagtbytte mellem lægerne");
        assertThat(staff.tasks()).noneMatch(t -> t.text().contains("vagtbytte"));
        assertThat(directory.lookup("vagtbytte", false).get(0).unit()).isEqualTo(rota);
    }

    @Test
    void aChartWrittenAsANestedListGivesTheTree() {
        Unit citizens = unit("Borgerservice", "Sønderby Kommune");
        Unit passports = unit("Pas og Kørekort", "Sønderby Kommune");
        assertThat(citizens.leader()).isEqualTo("Pia Dal");
        assertThat(passports.parent()).isEqualTo("Borgerservice");
        assertThat(passports.leader()).isEqualTo("teamleder Ole Friis");
        assertThat(unit("Virksomhedsservice", "Sønderby Kommune").parent()).isEqualTo("Jobcentret");
        assertThat(directory.lookup("udsteder kørekort", false)).first().extracting(UnitDirectory.Match::unit).isEqualTo(passports);
    }

    /** A title is any word ending in a leader's noun, or one after "ledende": no list of every title there is. */
    @Test
    void aChartLeaderIsTheNameAfterATitleOfAnyMaking() {
        assertThat(unit("Sundhedshuset", "Sønderby Kommune").leader()).isEqualTo("ledende overlæge Mia Krogh");
        assertThat(unit("Genoptræningen", "Sønderby Kommune").leader()).isEqualTo("afdelingsleder Niels Bonde");
        Unit vacant = unit("Tandplejen", "Sønderby Kommune");
        assertThat(vacant.tasks()).extracting(Unit.Task::text).anyMatch(t -> t.contains("børns tænder"));
        assertThat(vacant.leader()).as("a vacancy names no one").isNull();
    }

    @Test
    void aBoxDrawnChartGivesEachListedTaskItsOwnLineAndNoTaskForALeaderOrAVacancy() {
        Unit purchasing = unit("Indkøb", "Kystby Kommune");
        assertThat(purchasing.parent()).isEqualTo("Administration og Service");
        assertThat(purchasing.leader()).as("the chart's words, for the reply to show").isEqualTo("stillingen er vakant");
        assertThat(purchasing.tasks()).extracting(Unit.Task::text)
                .containsExactly("rammeaftaler", "udbud af tjenesteydelser", "kommunens e-handel");
        assertThat(unit("Byggesager", "Kystby Kommune").tasks()).extracting(Unit.Task::text).containsExactly("byggetilladelser", "lokalplaner");
        assertThat(unit("Personaleservice", "Kystby Kommune").tasks()).extracting(Unit.Task::text).doesNotContain("teamleder Rune Dahl");
        assertThat(directory.lookup("udbud af tjenesteydelser", false, "Kystby Kommune")).first()
                .extracting(UnitDirectory.Match::unit).isEqualTo(purchasing);
    }

    /** Bold names, the tasks as lower-case items below each unit, a person at the top who is no unit. */
    @Test
    void theRowsOfATableOfUnitsUnderAUnitsHeadingAreTheRowsUnitsNotTheHeadings() {
        String org = "Region Vestlund";
        Unit centre = unit("Center for Personale", org);
        Unit law = unit("Jura og Aftaler", org);
        assertThat(law.parent()).isEqualTo("Center for Personale");
        assertThat(centre.leader()).as("the first row's leader is the row's").isNotEqualTo("Afdelingsleder Ole Bak");
        assertThat(centre.tasks()).extracting(Unit.Task::text).noneMatch(t -> t.contains("lokale aftaler") || t.contains("Lønudbetaling"));
        assertThat(directory.lookup("lokale aftaler med de faglige organisationer", false, org)).first()
                .extracting(UnitDirectory.Match::unit).isEqualTo(law);
    }

    @Test
    void boldNamesInAListAreUnitsOfThePageAndReferralLinesGiveTheirUnitsTasks() {
        String org = "Ravndal Kommune";
        Unit pay = unit("Lønservice Ravndal", org);
        assertThat(pay.parent()).as("'Enhederne' names the units below, it is none").isEqualTo("Personale og Organisation");
        assertThat(directory.units(org)).extracting(Unit::name).doesNotContain("Enhederne");
        assertThat(unit("Rekruttering og Onboarding", org).tasks()).extracting(Unit.Task::text).anyMatch(t -> t.contains("børneattester"));
        assertThat(directory.lookup("fejl på lønsedlen", false, org)).first().extracting(UnitDirectory.Match::unit).isEqualTo(pay);
    }

    /** Names with no unit's noun ("Løn og Fravær") are units when the list gives each a leader and a contact. */
    @Test
    void boldNamesWithALeaderAndContactLinesAreUnitsWithoutAUnitsNoun() {
        String org = "Hedeby Kommune";
        Unit pay = unit("Løn og Fravær", org);
        assertThat(pay.leader()).isEqualTo("teamleder Kirsten Mølgaard Bak");
        assertThat(pay.contact()).isEqualTo(new Unit.Contact("loenfravaer@hedeby.dk", "45 10 20 30"));
        assertThat(pay.tasks()).extracting(Unit.Task::text).noneMatch(t -> t.contains("@"));
        Unit hiring = unit("Ansættelser og Start", org);
        assertThat(hiring.tasks()).extracting(Unit.Task::text).as("a capitalised task among tasks is a task").contains("MED-aftalens regler om ansættelsesudvalg");
        assertThat(directory.units(org)).extracting(Unit::name).noneMatch(n -> n.startsWith("MED-aftale"));
        assertThat(directory.lookup("din løn er forkert", false, org)).first().extracting(UnitDirectory.Match::unit).isEqualTo(pay);
    }

    /** "hed Sikkerhedsgruppen indtil 1. marts 2026" under a unit's name: the unit is its subject. */
    @Test
    void aFormerNameBelowAUnitsNameIsARenameOfThatUnit() {
        Unit safety = unit("Sikkerhedsgruppen", "Hedeby Kommune");
        assertThat(safety.name()).isEqualTo("Tryghed og Sikkerhed");
        assertThat(safety.aliases()).contains("Sikkerhedsgruppen");
        assertThat(safety.tasks()).extracting(Unit.Task::text).noneMatch(t -> t.startsWith("hed "));
    }

    /**
     * Headings in capitals lengthened by a former name in parentheses, a leader line of a title of any making, and
     * "Kontakt os om" on a line of its own above the topics.
     */
    @Test
    void capitalHeadingsWithFormerNamesAndAContactTopicsListAreUnitsWithTheirLeaders() {
        String org = "Bakkedal Sygehus";
        Unit pay = unit("Løn og Tillæg", org);
        assertThat(pay.name()).as("'tillæg for aftenvagter': a word the text writes in lower case is a common word").isEqualTo("Løn og tillæg");
        assertThat(pay.aliases()).contains("Lønkontoret og Tillægsgruppen på Bakkedal Sygehus");
        assertThat(pay.leader()).isEqualTo("Afdelingschef Rikke Holm Vang");
        assertThat(pay.tasks()).extracting(Unit.Task::text).noneMatch(t -> t.contains("Rikke"));
        Unit law = unit("Personalejura og Aftaler", org);
        assertThat(law.leader()).isEqualTo("Chefkonsulent Søren Bay Friis");
        assertThat(law.tasks()).extracting(Unit.Task::text).noneMatch(t -> t.contains("Telefon"));
        Unit learning = unit("Uddannelse Bakkedal", org);
        assertThat(learning.name()).as("a word written nowhere in lower case keeps its capital").isEqualTo("Uddannelse Bakkedal");
        assertThat(learning.contact().email()).isEqualTo("uddannelse@bakkedal.dk");
        assertThat(directory.lookup("forhandling af lokal løn", false, org)).first().extracting(UnitDirectory.Match::unit).isEqualTo(law);
    }

    /** "├ Net og Ledninger – driftschef …" without the branch's line; a company "ENGBY VARME A/S"; a director at the top. */
    @Test
    void aTreeChartWithoutBranchLinesGivesTheCompanysUnits() {
        String org = "Engby Varme";
        Unit control = unit("Kontrolrummet", org);
        assertThat(control.leader()).isEqualTo("vagtchef Tine Mose");
        assertThat(control.tasks()).extracting(Unit.Task::text).anyMatch(t -> t.contains("tilkaldevagten"));
        assertThat(unit("Målere", org).parent()).isEqualTo("Net og Ledninger");
        assertThat(directory.units(org)).extracting(Unit::name).doesNotContain("Direktør", "Bestyrelsen");
        assertThat(directory.lookup("planen for tilkaldevagten", false, org)).first().extracting(UnitDirectory.Match::unit).isEqualTo(control);
    }

    /** "1.1 Lønkontoret" below "1. Personale og Udvikling": decimal numbering nests the sections. */
    @Test
    void aNumberedOutlineNestsItsUnitsByTheirNumbers() {
        String org = "Solvang Kommune";
        assertThat(unit("Lønkontoret", org).parent()).isEqualTo("Personale og Udvikling");
        assertThat(unit("Arbejdsmiljøteamet", org).parent()).isEqualTo("Personale og Udvikling");
        assertThat(unit("Økonomi og Digitalisering", org).parent()).isNull();
    }

    /** "Emne: Kørselsgodtgørelse; Kontakt: Økonomiservice; Telefon: …": the row's unit handles the row's subject. */
    @Test
    void aWhoToContactTableGivesEachRowsUnitTheRowsSubject() {
        String org = "Solvang Kommune";
        Unit economy = unit("Økonomiservice", org);
        assertThat(economy.tasks()).extracting(Unit.Task::text).containsExactly("Kørselsgodtgørelse");
        assertThat(economy.contact().phone()).isEqualTo("33 44 55 99");
        assertThat(directory.lookup("fejl på lønsedlen", false, org)).first().extracting(m -> m.unit().name()).isEqualTo("Lønkontoret");
        assertThat(unit("Lønkontoret", org).tasks()).extracting(Unit.Task::text).as("a list of staff by team").doesNotContain("Kim Lund");
        assertThat(directory.lookup("kørselsgodtgørelse", false, org)).first().extracting(UnitDirectory.Match::unit).isEqualTo(economy);
    }

    @Test
    void aSectionSayingWhatToContactItAboutIsAUnitAndAFormerNameInParenthesesItsAlias() {
        Unit pay = unit("Løn og Pension", "Solby Sygehus");
        assertThat(pay.aliases()).contains("Lønkontoret");
        assertThat(directory.lookup("feriepenge", false, "Solby Sygehus")).first().extracting(UnitDirectory.Match::unit).isEqualTo(pay);
        assertThat(unit("Rekruttering og Introduktion", "Solby Sygehus").contact().email()).isEqualTo("job@solby.dk");
    }

    @Test
    void aUnitNamedWithAChartsWordIsAUnit() {
        Unit development = unit("Organisation og Udvikling", "Nordvig Kommune");
        assertThat(development.leader()).isEqualTo("udviklingschef Per Lund");
        assertThat(directory.lookup("lederuddannelse", false, "Nordvig Kommune")).first()
                .extracting(UnitDirectory.Match::unit).isEqualTo(development);
    }

    /** "Hvem skal jeg kontakte for at tilmelde mig …?": what the asker wants done tells no unit apart; what it is about does. */
    @Test
    void theVerbOfAPurposeInATopicIsNoWordOfIt() {
        assertThat(directory.lookup("for at tilmelde mig rygestopforløbet", false, "Region Vestlund")).first()
                .extracting(m -> m.unit().name()).isEqualTo("Trivsel og Sundhed");
    }

    @Test
    void aMarkdownChartWithTasksAsNestedItemsGivesUnitsTheirTasksAndLeaders() {
        String org = "Region Østkyst";
        Unit pay = unit("Lønservice Øst", org);
        assertThat(pay.parent()).isEqualTo("Koncern Personale");
        assertThat(pay.tasks()).extracting(Unit.Task::text)
                .containsExactly("udbetaler løn til regionens ansatte, også på Østkyst Sygehus", "registrerer tillæg for nattevagter");
        Unit law = unit("Personalejura Øst", org);
        assertThat(law.leader()).isEqualTo("chefkonsulent Peter Nørgaard-Lund");
        assertThat(law.tasks()).extracting(Unit.Task::text).containsExactly("rådgiver om opsigelser og advarsler");
        assertThat(unit("Kommunikation", org).leader()).isEqualTo("direktør Lone Beck-Hansen");
        assertThat(unit("Koncern Personale", org).parent()).as("the director at the top is a person, not a unit").isNull();
        assertThat(directory.units(org)).extracting(Unit::name).noneMatch(n -> n.contains("Bente"));
        assertThat(directory.lookup("udbetaling af løn", false, org)).first().extracting(UnitDirectory.Match::unit).isEqualTo(pay);
    }

    /** When something happened ("i april") tells no unit apart: the month is no word of the topic. */
    @Test
    void aMonthInATopicIsWhenNotWhat() {
        Unit pay = unit("Lønservice Øst", "Region Østkyst");
        assertThat(directory.lookup("udbetaling af løn i april", false, "Region Østkyst")).first()
                .extracting(UnitDirectory.Match::unit).isEqualTo(pay);
        assertThat(directory.lookup("udbetaling af løn fra 1. september 2027", false, "Region Østkyst")).as("a date's day and year too")
                .first().extracting(UnitDirectory.Match::unit).isEqualTo(pay);
    }

    /** A hospital with units of its own, named in a who-question, says where the asker is: its region's units answer. */
    @Test
    void aUnitWithUnitsOfItsOwnNamedInATopicIsItsScopeNotItsHandler() {
        Unit hospital = unit("Østkyst Sygehus", "Region Østkyst");
        assertThat(directory.scopesNamedIn("udbetaling af løn på Østkyst Sygehus")).containsExactly(hospital);
        List<UnitDirectory.Match> matches = directory.lookup("udbetaling af løn på Østkyst Sygehus", false);
        assertThat(matches).extracting(m -> m.unit().name()).first().isEqualTo("Lønservice Øst");
        assertThat(matches).extracting(UnitDirectory.Match::unit).doesNotContain(hospital);
    }

    /** A policy's section on a thing its text writes in lower case ("et kvalifikationstillæg") is no unit. */
    @Test
    void aHeadingTheTextUsesAsACommonNounIsNoUnit() {
        assertThat(directory.units("Kystby Kommune")).extracting(Unit::name).doesNotContain("Kvalifikationstillæg").contains("Løntjek");
    }

    /** "Teamet Løntjek hjælper …" under "SAMTALER OM LØN" speaks of another unit, by its name: the section is no unit. */
    @Test
    void aSectionWhoseTextNamesAnotherTeamDoingATaskIsNoUnit() {
        assertThat(directory.units("Kystby Kommune")).extracting(Unit::name).noneMatch(n -> n.equalsIgnoreCase("Samtaler om løn"));
    }

    /** "Det er X, der står for disse opgaver": the tasks are in the sentence before, which denies them to another unit. */
    @Test
    void aTaskSentenceWhoseObjectIsInTheSentenceBeforeBringsIt() {
        Unit service = unit("Serviceteamet", "Kystby Kommune");
        assertThat(service.tasks()).extracting(Unit.Task::text).anyMatch(t -> t.startsWith("Parkeringskort og booking af mødelokaler"));
        assertThat(directory.lookup("parkeringskort", false, "Kystby Kommune")).first().extracting(UnitDirectory.Match::unit).isEqualTo(service);
    }

    @Test
    void renamesAndMergersInEachFormLeadAnOldNameToTheCurrentUnit() {
        String org = "Vesterby Kommune";
        assertThat(unit("Lønkontoret", org).name()).isEqualTo("Løn og Pension");
        assertThat(unit("Jobteamet", org).name()).isEqualTo("Job og Rekruttering");
        assertThat(unit("Arbejdsmiljøgruppen", org).name()).isEqualTo("Team Trivsel");
        assertThat(unit("Kursuskontoret", org).name()).isEqualTo("Center for Læring");
        assertThat(unit("Uddannelseskontoret", org).name()).isEqualTo("Center for Læring");
        assertThat(unit("Sekretariatet for Frivillighed", org).name()).isEqualTo("Borgerkontoret");
        Unit learning = unit("Center for Læring", org);
        assertThat(learning.renames()).anySatisfy(r -> {
            assertThat(r.formerName()).isEqualTo("Kursuskontoret");
            assertThat(r.merger()).isTrue();
            assertThat(r.statement()).contains("lægges sammen med").contains("hedder Center for Læring");
            assertThat(r.source().path()).isEqualTo("notat-vesterby.txt");
        });
        assertThat(unit("Team Trivsel", org).renames()).singleElement().satisfies(r -> assertThat(r.merger()).isFalse());
        UnitDirectory.Mention mention = directory.mentionedIn("Hvad hedder Lønkontoret nu?").orElseThrow();
        assertThat(mention.formerName()).isTrue();
        assertThat(mention.unit().name()).isEqualTo("Løn og Pension");
    }

    /** "Køkkenet ...... hedder nu Kantine og Mødeforplejning": a list of old names with dotted leaders, a rename a line. */
    @Test
    void oldNamesListedWithDottedLeadersAreRenamesEachOnItsOwn() {
        String org = "Lundholm Kommune";
        assertThat(unit("Køkkenet", org).name()).isEqualTo("Kantine og Mødeforplejning");
        assertThat(unit("Budkontoret", org).name()).isEqualTo("Post og Kurerservice");
        assertThat(unit("Pedelgruppen", org).name()).isEqualTo("Bygning og Vedligehold");
        assertThat(unit("Viceværtkontoret", org).name()).isEqualTo("Bygning og Vedligehold");
        assertThat(directory.units()).filteredOn(u -> org.equals(u.organization())).extracting(Unit::name)
                .containsExactlyInAnyOrder("Kantine og Mødeforplejning", "Post og Kurerservice", "Bygning og Vedligehold");
    }

    /**
     * A decision guide: each question, then an arrow to the unit that helps with it and its topics in parentheses. The
     * question and each topic are the unit's tasks; the leader's label line and a link below are not.
     */
    @Test
    void aDecisionGuidesArrowGivesTheUnitItsQuestionAndItsParenthesisedTopics() {
        Unit office = directory.units().stream().filter(u -> u.name().equals("Havnekontoret")).findFirst().orElseThrow();
        assertThat(office.tasks()).extracting(Unit.Task::text)
                .contains("Drejer det sig om din løn, dit overarbejde eller din pension?", "lønsedler", "pensionsordning")
                .noneMatch(t -> t.startsWith("Leder:") || t.contains("Læs om"));
        Unit depot = directory.units().stream().filter(u -> u.name().equals("Materielgården")).findFirst().orElseThrow();
        assertThat(depot.tasks()).extracting(Unit.Task::text).contains("udlevering af værnemidler", "ombytning af slidt udstyr");
        assertThat(directory.lookup("redningsvest", false, depot.organization())).first()
                .extracting(UnitDirectory.Match::unit).isEqualTo(depot);
    }

    /** A slide deck as PDF: a slide's title is a unit, its bullets its tasks, "Nyt navn: hed tidligere X" its old name. */
    @Test
    void aSlideDecksTitlesAreUnitsWithTheirBulletsAndOldNames() {
        String org = "Solhøj Kommune";
        Unit pay = unit("Lønningskontoret", org);
        assertThat(pay.name()).isEqualTo("Team Løn og Fravær");
        assertThat(pay.leader()).startsWith("Mette Kirk Hansen");
        assertThat(pay.tasks()).extracting(Unit.Task::text).contains("Registrerer sygefravær og barsel")
                .noneMatch(t -> t.contains("hed tidligere"));
        assertThat(unit("Ansættelseskontoret", org).name()).isEqualTo("Team Ansættelser Solhøj");
    }

    /**
     * A director's letter forwarded by e-mail: units named first in renames ("… lægges sammen og hedder fremover X") are
     * doers of the prose that follows, and the "who is who" lines give their leaders and phones.
     */
    @Test
    void aLettersRenamedUnitsTakeTheirProseTasksAndTheirWhoIsWhoLines() {
        String org = "Bøgely Kommune";
        Unit pay = unit("Fraværsgruppen", org);
        assertThat(pay.name()).isEqualTo("Løn og Fravær Bøgely");
        assertThat(pay.tasks()).extracting(Unit.Task::text).anyMatch(t -> t.contains("udbetaler løn, registrerer sygefravær"));
        assertThat(pay.leader()).isEqualTo("lønchef Tove Bech");
        assertThat(unit("Arbejdsmiljøgruppen", org).leader()).isEqualTo("arbejdsmiljøchef Ib Nør");
        assertThat(directory.units()).filteredOn(u -> org.equals(u.organization())).extracting(Unit::name)
                .doesNotContain("Kære ledere", "Fra", "Til", "Emne");
    }

    @Test
    void twoOrganisationsWithAUnitOfTheSameNameHaveTwoUnits() {
        List<Unit> same = directory.units().stream().filter(u -> u.name().equals("Løn og Personale")).toList();
        assertThat(same).extracting(Unit::organization).containsExactlyInAnyOrder("Vestby Kommune", "Østby Kommune");
        assertThat(directory.organizationsNamedIn("Hvem behandler barselssager i Østby Kommune?")).containsExactly("Østby Kommune");
        List<UnitDirectory.Match> east = directory.lookup("barselssager i Østby Kommune", false, "Østby Kommune");
        assertThat(east).isNotEmpty();
        assertThat(east.get(0).unit().organization()).isEqualTo("Østby Kommune");
        assertThat(east.get(0).unit().leader()).isEqualTo("teamleder Sara Vang");
        assertThat(directory.lookup("barselssager", false)).extracting(m -> m.unit().organization())
                .contains("Vestby Kommune", "Østby Kommune");
    }

    /** A question naming two organisations ("… på Østkyst Sygehus … i Østby Kommune") is answered from theirs only. */
    @Test
    void aTopicNamingTwoOrganisationsKeepsToTheirUnits() {
        assertThat(directory.lookup("barselssager", false, java.util.Set.of("Østby Kommune", "Region Østkyst")))
                .isNotEmpty().extracting(m -> m.unit().organization()).doesNotContain("Vestby Kommune");
    }

    @Test
    void minutesSpeakOfUnitsInPassingAndGiveNone() {
        assertThat(directory.units()).noneMatch(u -> u.source().path().equals("referat-med.txt"));
        assertThat(directory.units()).noneMatch(u -> u.tasks().stream().anyMatch(t -> t.source().path().equals("referat-med.txt")));
    }

    /** The thesaurus has "referat" for "rapport": near in meaning, but no evidence that the unit handles reports. */
    @Test
    void aLineHoldingOnlySynonymsOfTheTopicIsNoEvidence() {
        assertThat(directory.lookup("rapporter", false, "Kystby Kommune")).isEmpty();
        assertThat(directory.lookup("referater", false, "Kystby Kommune")).first().extracting(m -> m.unit().name()).isEqualTo("Biblioteket");
    }

    @Test
    void aTopicNoUnitCoversFindsNothing() {
        assertThat(directory.lookup("parkering ved rådhuset", false)).isEmpty();
        assertThat(directory.lookup("snerydning og vejvedligeholdelse", false)).isEmpty();
    }
    /**
     * An HR page that tells of its teams in prose under headings of their subjects: each section's one doer (the focus
     * of "det er X, der …", a proper name opening a sentence with its verb) is a unit when the section names its
     * leader or contact; a section naming doers without either, and a rule naming an authority, give none.
     */
    @Test
    void aSectionTellingOfOneUnitInProseWithItsLeaderIsThatUnit() {
        String org = "Skovlund Kommune";
        Unit pay = unit("Lønstuen", org);
        assertThat(pay.leader()).isEqualTo("teamleder Karen-Marie Holt Vestergaard");
        assertThat(pay.contact().phone()).isEqualTo("44 55 10 10");
        assertThat(pay.tasks()).extracting(Unit.Task::text).contains("Løn og feriepenge")
                .anyMatch(t -> t.startsWith("Lønstuen beregner feriepenge"));
        assertThat(unit("Trivselsgruppen", org).leader()).isEqualTo("chefkonsulent Lise Dam Ravn"); // "… og det er X, der …"
        assertThat(unit("Bilkontoret", org).name()).isEqualTo("Kørselsteamet"); // "X hed indtil 1. marts 2026 Y"
        assertThat(directory.lookup("tjenestebiler", false, org)).first().extracting(m -> m.unit().name()).isEqualTo("Kørselsteamet");
        assertThat(directory.units(org)).extracting(Unit::name).doesNotContain("Ejendomsservice", "Digital Drift", "Udbetaling Danmark",
                "Karen-Marie Holt Vestergaard");
    }

    /** A notice of a reorganisation: each section renames or merges units and then tells what the new one does. */
    @Test
    void aReorganisationNoticeGivesTheNewUnitsTheirTasksLeadersAndFormerNames() {
        String org = "Region Kildeby";
        Unit pay = unit("Løncenter Kildeby", org);
        assertThat(unit("Lønafdelingen", org)).isEqualTo(pay); // "X og Y lægges sammen og får navnet Z"
        assertThat(unit("Refusionskontoret", org)).isEqualTo(pay);
        assertThat(pay.aliases()).doesNotContain("Lønafdelingen og Refusionskontoret");
        assertThat(pay.leader()).isEqualTo("chef Ole Damgaard Friis");
        Unit learning = unit("Regionens Læringscenter", org); // "… overgår til X, som samtidig skifter navn til Y"
        assertThat(learning.name()).isEqualTo("Læringshuset Kildeby");
        assertThat(learning.leader()).isEqualTo("chef Anne-Mette Krog Holm");
        assertThat(learning.aliases()).noneMatch(a -> a.startsWith("Opgaverne"));
        assertThat(unit("Godt Arbejdsliv", org).leader()).isEqualTo("chef Bent Aagaard Lund");
        assertThat(directory.lookup("kompetencefonde", false, org)).first().extracting(m -> m.unit().name()).isEqualTo("Læringshuset Kildeby");
    }

    /** "| Hvad drejer det sig om? | Hvem hjælper? | … |": a who-question heads the column of units. */
    @Test
    void aContactTableWhoseColumnAsksWhoGivesEachUnitItsRowsSubject() {
        String org = "Psykiatrien Kildeby";
        Unit pay = unit("Løncenter Kildeby", org);
        assertThat(pay.aliases()).contains("Lønafdelingen");
        assertThat(pay.contact().email()).isEqualTo("loen@kildeby.dk");
        assertThat(pay.tasks()).extracting(Unit.Task::text).containsExactly("Fejl på lønsedlen og tillæg for nattevagter");
        assertThat(unit("Læringshuset Kildeby", org).tasks()).extracting(Unit.Task::text).containsExactly("Specialuddannelser og kursusmidler");
        assertThat(directory.units(org)).extracting(Unit::name).doesNotContain("Din afsnitsleder");
    }

    /** An outline numbered 2, 2.1, 2.1.1 without blank lines, its list items wrapped onto a second line. */
    @Test
    void aNumberedOutlineWithoutBlankLinesNestsItsUnits() {
        String org = "Fjeldstyrelsen";
        Unit team = unit("Team Løn og Tid", org);
        assertThat(team.parent()).isEqualTo("Personalekontoret");
        assertThat(unit("Personalekontoret", org).parent()).isEqualTo("Administration");
        assertThat(team.tasks()).extracting(Unit.Task::text).containsExactly("udbetaling af løn og registrering af arbejdstid og overarbejde");
        assertThat(unit("Lønsektionen", org)).isEqualTo(team); // "- hed Lønsektionen indtil …"
        assertThat(unit("Digital Service", org).tasks()).extracting(Unit.Task::text).containsExactly("tjenestetelefoner og bærbare computere");
        assertThat(unit("Rekrutteringsgruppen", org).name()).isEqualTo("Team Ansættelse"); // "X er flyttet ind i Y og hedder nu Z"
    }
    /**
     * A list of records whose fields stand on lines of their own ("Enhed: …" / "Leder: …" / "Tidligere: …" /
     * "Opgaver: …" wrapped onto a second line), a note in parentheses after a name.
     */
    @Test
    void recordsWrittenOneFieldALineAreUnits() {
        String org = "Egelund Kommune";
        Unit staff = unit("Personaleservice", org);
        assertThat(staff.leader()).isEqualTo("HR-chef Lone Bak Vinter");
        assertThat(staff.contact()).isEqualTo(new Unit.Contact("personale@egelund.dk", "61 20 30 40"));
        assertThat(staff.tasks()).extracting(Unit.Task::text).contains("sygefravær og fastholdelse", "anmeldelse af arbejdsskader");
        assertThat(unit("Personalekontoret", org)).isEqualTo(staff); // "Tidligere: Personalekontoret (til 1. juni 2026)"
        assertThat(staff.aliases()).containsExactly("Personalekontoret");
        assertThat(unit("Kortservice", org).tasks()).extracting(Unit.Task::text).contains("spærring af mistede kort");
    }

    /** "Ansvarlig enhed: X (hed Y indtil …) – leder NN": the unit, its former name and its leader. */
    @Test
    void aContactTableCellNamesTheUnitItsFormerNameAndItsLeader() {
        String org = "Region Søholm";
        Unit rota = unit("Vagtservice Søholm", org);
        assertThat(rota.leader()).isEqualTo("leder Rikke Holm Dam");
        assertThat(unit("Vagtkontoret", org)).isEqualTo(rota);
        assertThat(rota.tasks()).extracting(Unit.Task::text).containsExactly("Vagtplaner og vagtbytte i vagtsystemet");
        assertThat(unit("Læringscentret Søholm", org).aliases()).isEmpty(); // "(overtog …)" names no former name
    }

    /** "## Løn og Tid" / "Enheden hed Løngruppen indtil …" / "### Vi hjælper med" over a list of tasks. */
    @Test
    void aSectionWhoseSubHeadingIntroducesItsTasksIsAUnit() {
        String org = "Bøgeby Kommune";
        Unit pay = unit("Løn og Tid", org);
        assertThat(pay.tasks()).extracting(Unit.Task::text).contains("flekssaldo og stempling").noneMatch(t -> t.startsWith("Vi hjælper"));
        assertThat(unit("Løngruppen", org)).isEqualTo(pay);
        assertThat(directory.units(org)).extracting(Unit::name).noneMatch(n -> n.contains("BøgeNet"));
    }

    /** Cards of "### Name" / "Hed tidligere X" / "Leder: …" / tasks, and a notice renaming three units in one sentence. */
    @Test
    void cardsOpeningWithAFormerNameAndARenameOfSeveralUnitsInOneSentence() {
        String org = "Hvidsten Kommune";
        Unit pay = unit("Lønværkstedet", org);
        assertThat(pay.leader()).isEqualTo("lønchef Dorte Vang Mikkelsen");
        assertThat(pay.tasks()).extracting(Unit.Task::text).contains("registrering af fravær i HvidTid");
        assertThat(unit("Lønbureauet", org)).isEqualTo(pay);
        Unit cases = unit("Sager og Aftaler", org); // "Nyt team fra 1. august 2026" above its leader
        assertThat(cases.leader()).isEqualTo("chefkonsulent Bjarke Holt Sand");
        assertThat(cases.location()).isNull(); // "Nyt team fra …" says when, not where
        assertThat(unit("Personalejuraen", org)).isEqualTo(cases);
        assertThat(unit("Arbejdsmiljøgruppen", org)).isEqualTo(unit("Trivselsteamet", org));
        // "MUS, GRUS og LUS" twice and "MUS" in a title: abbreviations, no department before every unit's name
        assertThat(directory.units(org)).extracting(Unit::name).noneMatch(n -> n.contains(","));
    }

    /** An A–Å index of "**Topic** → Unit" and, below it, "**Unit** – Parent, Place" records with "Leder: … · tlf. … · mail". */
    @Test
    void anIndexOfTopicsAndTheRecordsOfItsUnits() {
        String org = "Region Lyngholt";
        Unit pay = unit("Lønkassen Lyngholt", org);
        assertThat(pay.leader()).isEqualTo("lønchef Ove Brink Tang");
        assertThat(pay.contact()).isEqualTo(new Unit.Contact("loen@lyngholt.dk", "71 30 20 10"));
        assertThat(pay.location()).isEqualTo("Fælles HR Lyngholt, Regionsgården");
        assertThat(pay.tasks()).extracting(Unit.Task::text).containsExactly("Udbetaler løn og retter fejl på lønsedlen.", "Lønseddel og tillæg");
        assertThat(unit("Fraværskontoret", org)).isEqualTo(unit("Orlovsteamet Lyngholt", org));
        assertThat(unit("HR-partnere Stenvig", org).tasks()).extracting(Unit.Task::text).containsExactly("Børneattester");
        assertThat(directory.units(org)).extracting(Unit::name).doesNotContain("Enhederne i listen");
        // a question naming the hospital the region's unit is placed at finds it there
        assertThat(directory.lookup("børneattester", false, java.util.Set.of("Stenvig Sygehus")))
                .first().extracting(m -> m.unit().name()).isEqualTo("HR-partnere Stenvig");
    }

    /**
     * A handbook page whose site header (left out as navigation) named the university: its units are the
     * university's, whose own name "Rævlund" the page uses; "Leder er lønchef NN" names the leader.
     */
    @Test
    void aPageThatNamesItsOrganisationOnlyByItsPlaceGivesThatOrganisationsUnits() {
        String org = "Rævlund Universitet";
        Unit pay = unit("Lønkontoret Rævlund", org);
        assertThat(pay.leader()).isEqualTo("lønchef Anne Krog Lund");
        assertThat(pay.tasks()).extracting(Unit.Task::text).containsExactly("Udbetaler løn og honorarer til censorer.",
                "Enheden svarer på spørgsmål om lønsedlen og pension.");
        assertThat(unit("Lønsekretariatet", org)).isEqualTo(pay);
        Unit guests = unit("Gæsteservice Rævlund", org);
        assertThat(guests.leader()).isEqualTo("leder Karin Bøg Holm");
        assertThat(unit("Velkomstkontoret", org)).isEqualTo(guests);
    }

    /** A story before the question: the words of it that one unit's lines hold tell the unit, the rest tells the asker. */
    @Test
    void aStoryIsMatchedByItsWordsThatTellOneUnitApart() {
        String story = "Jeg er pædagog i en børnehave i Hvidsten Kommune, og min kollega vil gerne rejse et år til Grønland med sin mand."
                + " Hun har spurgt lederen om tjenestefri uden løn";
        assertThat(directory.lookup(story, false, "Hvidsten Kommune")).first().extracting(m -> m.unit().name()).isEqualTo("Sager og Aftaler");
    }

    /**
     * A staff directory: one row a person (name, title, team, office …) and the tasks told in paragraphs that each
     * open with a team's name. The row whose title is a leader's names the team's leader and contact; a person is no
     * task; a paragraph's sentences are its team's, but not a denial, a rename or a sentence naming another team.
     */
    @Test
    void aStaffDirectoryGivesTeamsTheirLeadersAndTheTasksOfTheirParagraphs() {
        String org = "Moseby Kommune";
        Unit pay = unit("Lønhuset Moseby", org);
        assertThat(pay.leader()).isEqualTo("Teamleder Lise Dammark");
        assertThat(pay.contact().email()).isEqualTo("lida@moseby.dk");
        assertThat(pay.location()).startsWith("Torvet");
        assertThat(pay.aliases()).contains("Lønstuen");
        assertThat(pay.tasks()).extracting(Unit.Task::text)
                .contains("Teamet udbetaler lønnen og retter fejl i lønsedler.", "Det er også her, ferietimer bliver lagt ind i MoseTid.")
                .noneMatch(t -> t.contains("Jonas") || t.contains("Lise"))
                .noneMatch(t -> t.contains("tjenestefrihed"))
                .noneMatch(t -> t.contains("beregnes af Elevteamet"));
        assertThat(unit("Trivsel og Forebyggelse", org).tasks()).extracting(Unit.Task::text)
                .contains("Her får lederne hjælp, når en medarbejder er blevet truet af en borger.");
        assertThat(unit("Trivsel og Forebyggelse", org).leader()).isEqualTo("Teamleder Karen Bøgsted");
        assertThat(directory.units(org)).extracting(Unit::name).doesNotContain("Nattevagt i det mobile team");
        // "Lønhuset sørger for …": the paragraph's short name is the unit's, and no former one
        assertThat(pay.aliases()).contains("Lønhuset");
        assertThat(directory.mentionedIn("Hvem i Lønhuset svarer på det?").orElseThrow().formerName()).isFalse();
        assertThat(directory.mentionedIn("Hvem i Lønstuen svarer på det?").orElseThrow().formerName()).isTrue();
    }

    /**
     * A drawn chart's legend: numbered headings, a former name in a closing note with its date, tasks told without
     * their subject ("Planlægger …"), and the phone number wrapped onto the line below its label.
     */
    @Test
    void aChartsLegendWithTasksToldWithoutTheirSubjectGivesUnitsWithFormerNames() {
        String org = "Tranebjerg Brand & Redning";
        Unit roster = unit("Kørselskontoret", org);
        assertThat(roster.aliases()).contains("Vognkontoret");
        assertThat(roster.tasks()).extracting(Unit.Task::text).anyMatch(t -> t.startsWith("Planlægger vagtskemaerne"));
        assertThat(unit("Sundhed og Miljø", org).tasks()).extracting(Unit.Task::text).anyMatch(t -> t.startsWith("Indkalder til de årlige helbredstjek"));
        // the boxes drawn side by side, their numbers apart from their names, and their leaders in the same columns below
        assertThat(unit("Sundhed og Miljø", org).leader()).isEqualTo("Mia Ravn");
        assertThat(roster.leader()).isEqualTo("Jens Holt");
        assertThat(directory.units(org)).extracting(Unit::name).as("a condition opens with its verb too").doesNotContain("Materiel", "Orlov og Pasning");
    }

    /**
     * A responsibility matrix: tasks in rows, units in columns, role letters in the cells and a legend saying which
     * letters do the task. A row is a task of the units that do it, not of those that advise or are told; a column
     * naming a role ("Nærmeste leder") is no unit.
     */
    @Test
    void aResponsibilityMatrixGivesEachRowToTheUnitsWhoseLetterDoesIt() {
        String org = "Region Hjortmose";
        assertThat(unit("Rekrutteringskontoret", org).tasks()).extracting(Unit.Task::text)
                .contains("Jobopslag for sygeplejersker", "Jobopslag for overlæger").doesNotContain("Nattillæg og weekendtillæg");
        assertThat(unit("Løntjenesten Hjortmose", org).tasks()).extracting(Unit.Task::text)
                .contains("Nattillæg og weekendtillæg").doesNotContain("Jobopslag for sygeplejersker");
        assertThat(unit("Arbejdsmiljøsekretariatet", org).tasks()).extracting(Unit.Task::text).containsExactly("Trivselsmåling og APV");
        assertThat(directory.units(org)).extracting(Unit::name).doesNotContain("Nærmeste leder");
        assertThat(directory.lookup("jobopslag for overlæger", false, org)).first().extracting(m -> m.unit().name()).isEqualTo("Rekrutteringskontoret");
    }

    /**
     * A letter tells of each unit in a paragraph that opens with a lead sentence and names the unit later: "Teamet …",
     * the name's first word alone, a leader-label sentence and "Det nye team X …" refer to the unit the paragraph last
     * named; a merger of the pair the sentence before named is told with "de"; units named after their place need no unit noun.
     */
    @Test
    void aLettersParagraphsReferBackToTheUnitTheyLastNamed() {
        Unit pay = unit("Løndesken Rønnebæk", "Rønnebæk Kommune");
        assertThat(pay.aliases()).contains("Lønbogholderiet", "Fraværsteamet"); // "lægges de sammen i et nyt team, …"
        assertThat(pay.tasks()).extracting(Unit.Task::text).contains("Løndesken udbetaler løn og retter fejl på lønsedlen.",
                "Teamet søger også refusion hjem ved sygdom.");
        assertThat(pay.leader()).isEqualTo("teamleder Ulla Vang Brix");
        Unit hiring = unit("Rekrutteringshjælpen Rønnebæk", "Rønnebæk Kommune");
        assertThat(hiring.aliases()).contains("Jobbanken"); // "X, som …, bliver til Y"
        assertThat(hiring.leader()).isEqualTo("Asger Lind");
        assertThat(hiring.tasks()).anyMatch(t -> t.text().contains("kontrakter")); // "… og får …" after the new name
        assertThat(unit("Lederstøtten Rønnebæk", "Rønnebæk Kommune").tasks()).anyMatch(t -> t.text().contains("advarsler"));
        assertThat(unit("Vejdrift Rønnebæk", "Rønnebæk Kommune").tasks()).anyMatch(t -> t.text().contains("snerydning")); // "står fortsat for"
        assertThat(unit("Rønnebæk Servicecenter", "Rønnebæk Kommune").tasks()).anyMatch(t -> t.text().contains("nøglebrikker"));
        assertThat(directory.units("Rønnebæk Kommune")).extracting(Unit::name).doesNotContain("Karen Holt", "Rønnebæk Kommune");
    }

    /**
     * An e-mailed newsletter: "Det er Kantineservice, der …" heads the story that names "Kantineservice Gyvelby" in
     * full, what is ordered there ("… bestilles hos X") and its leader ("… ledes af Name og har telefon …"); "To teams
     * bliver til X" names no former unit; "Leder af X er …" names X's leader wherever it stands.
     */
    @Test
    void aNewslettersStoryNamesItsUnitInShortAndInFull() {
        Unit canteen = unit("Kantineservice Gyvelby", "Gyvelby Kommune");
        assertThat(canteen.aliases()).contains("Kantineservice");
        assertThat(canteen.leader()).isEqualTo("Morten Skov Dalby");
        assertThat(canteen.tasks()).anyMatch(t -> t.text().startsWith("Mødeforplejning bestilles hos")); // where it is ordered
        assertThat(directory.units("Gyvelby Kommune")).extracting(Unit::name).doesNotContain("Kantineservice");
        Unit pay = unit("Lønhjørnet Gyvelby", "Gyvelby Kommune");
        assertThat(pay.aliases()).doesNotContain("To teams");
        assertThat(pay.leader()).isEqualTo("teamleder Birgitte Holm Lauritsen"); // "Leder af X er …", in another unit's story
    }

    /** "Jeg arbejder i X og …": the unit the asker works in says who asks, not who handles it. */
    @Test
    void theUnitTheAskerWorksInIsNoTopic() {
        assertThat(directory.lookup("Jeg arbejder i Vejdrift Rønnebæk og har et spørgsmål om refusion ved sygdom", false, "Rønnebæk Kommune"))
                .first().extracting(UnitDirectory.Match::unit).isEqualTo(unit("Løndesken Rønnebæk", "Rønnebæk Kommune"));
    }

    /**
     * A hospital's page that names a unit only by its place name ("Personalejura Tofterup hjælper …") speaks of the
     * region's unit of that name.
     */
    @Test
    void aUnitFoundByItsPlaceNameAloneIsTheNamesakeAnotherOrganisationDescribes() {
        Unit legal = unit("Personalejura Tofterup", "Region Tofterup");
        assertThat(legal.aliases()).contains("Juridisk Kontor");
        assertThat(legal.tasks()).anyMatch(t -> t.text().contains("partshøring"));
        assertThat(directory.units("Tofterup Sygehus")).extracting(Unit::name).doesNotContain("Personalejura Tofterup");
    }

    /**
     * A job advert presents its team under "Om teamet: X" and its neighbours in paragraphs: "Teamet hed …" and "Det lille
     * team hed …" rename the unit the sentence before named, "X, som lægger …" makes X the doer, and the leader of the
     * unit a relative clause hangs on ("en del af Y, som ledes af …") is Y's, not the team's.
     */
    @Test
    void aJobAdvertsTeamAndItsNeighboursAreUnits() {
        Unit team = unit("Gager og Aftaler", "Birkum Teater");
        assertThat(team.aliases()).contains("Honorarkontoret");
        assertThat(team.leader()).isEqualTo("teamleder Hanne Moos Bech");
        assertThat(team.tasks()).anyMatch(t -> t.text().contains("gæstesolister"));
        assertThat(unit("Planlægningskontoret", "Birkum Teater").tasks()).anyMatch(t -> t.text().contains("prøveplaner"));
        Unit safety = unit("Lyd og Sikkerhed", "Birkum Teater");
        assertThat(safety.aliases()).contains("Scenevagten");
        assertThat(safety.leader()).isEqualTo("sikkerhedschef Kim Dal");
        assertThat(safety.tasks()).anyMatch(t -> t.text().contains("høreværn"));
        assertThat(unit("Billetkontoret Birkum", "Birkum Teater").tasks()).anyMatch(t -> t.text().contains("personalebilletter"));
    }

    /**
     * Slides list units outside HR as "Name – what it does" and tell a merger in the new unit's own section without
     * its name ("Ny enhed: A og B lægges sammen").
     */
    @Test
    void aDashedLineNamesAUnitAndWhatItDoesAndASectionsMergerIsIntoItsUnit() {
        assertThat(unit("Trivsel Tofterup", "Region Tofterup").aliases()).contains("Stressteamet", "Ergonomerne");
        assertThat(unit("Parkering Tofterup", "Region Tofterup").tasks()).extracting(Unit.Task::text)
                .containsExactly("udsteder parkeringskort og passer cykelkælderen");
        Unit canteen = unit("Kantineservice Tofterup", "Region Tofterup");
        assertThat(canteen.tasks()).extracting(Unit.Task::text).containsExactly("bestiller mad til møder");
        assertThat(canteen.contact().phone()).isEqualTo("44 55 66 77");
    }

    /**
     * A hospital's page naming "Trivsel Tofterup" with a task and a leader speaks of Region Tofterup's unit: it is named
     * after the region. The region's own description of its leader stands.
     */
    @Test
    void aUnitNamedAfterAnotherOrganisationsPlaceIsThatOrganisations() {
        assertThat(directory.units("Hvidmose Sygehus")).extracting(Unit::name).doesNotContain("Trivsel Tofterup");
        assertThat(unit("Trivsel Tofterup", "Region Tofterup").tasks()).anyMatch(t -> t.text().contains("stresssamtaler"));
        assertThat(unit("Trivsel Tofterup", "Region Tofterup").leader()).isEqualTo("Mads Krog");
    }

    /**
     * A switchboard's guide (Word): a table whose "Stil om til" column names the unit a caller's topic goes to, prose
     * whose units do their work with verbs no list holds ("udleverer", "vaccinerer"), a paragraph going on about its
     * unit by the last part of its name ("Klinikken …"), and a matrix whose rows carry their columns' names.
     */
    @Test
    void aSwitchboardGuideGivesUnitsFromItsTableItsProseAndItsMatrix() {
        Unit keys = unit("Nøglekontoret Skovlyst", "Skovlyst Sygehus");
        assertThat(keys.tasks()).extracting(Unit.Task::text).contains("Nyt nøglekort, mistet adgangskort")
                .anyMatch(t -> t.startsWith("Nøglekontoret Skovlyst udleverer nøglekort"));
        assertThat(keys.leader()).isEqualTo("Bent Lykkegaard");
        Unit clinic = unit("Vaccinationsklinikken Skovlyst", "Skovlyst Sygehus");
        assertThat(clinic.tasks()).extracting(Unit.Task::text).contains("Influenzavaccination")
                .anyMatch(t -> t.startsWith("Klinikken vaccinerer personalet")).noneMatch(t -> t.contains("Hanne Mørk"));
        assertThat(clinic.leader()).isEqualTo("Hanne Mørk"); // "Leder: Hanne Mørk, sygeplejerske." 
        // named after the region's place, not the hospital's: a unit all the same, with the matrix's task it is "A" for
        Unit allowances = unit("Tillægsberegning Nordkær", "Region Nordkær");
        assertThat(allowances.tasks()).extracting(Unit.Task::text).contains("Forkerte tillæg for aften og nat, timer der mangler",
                "Udbetaling af aften- og nattillæg").doesNotContain("Godkendelse af timer i vagtplanen");
        assertThat(directory.units()).extracting(Unit::name).doesNotContain("Under HR Skovlyst");
    }

    /**
     * A catalogue page: "Leveres af" names who delivers each service, and a table of its units gives each one's parent
     * ("Hører under"), reporting line (a title), place ("Her finder du os") and former names, two of them when two units
     * were merged into it; none of which is a task.
     */
    @Test
    void aCatalogueNamesWhoDeliversEachServiceAndItsUnitsParents() {
        assertThat(unit("Bilordningen Kornby", "Kornby Kommune").tasks()).extracting(Unit.Task::text).containsExactly("Booking af puljebiler og ladekort");
        Unit pay = unit("Lønkontoret Kornby", "Kornby Kommune");
        assertThat(pay.parent()).isEqualTo("HR Kornby");
        assertThat(pay.location()).isEqualTo("Rådhuset, stuen");
        assertThat(pay.tasks()).extracting(Unit.Task::text).containsExactly("Rettelse af fejl i lønnen");
        assertThat(pay.aliases()).contains("Udbetalingsstuen", "Refusionsbordet"); // two former units merged into it
        assertThat(pay.renames()).allMatch(Unit.Rename::merger);
        Unit hr = unit("HR Kornby", "Kornby Kommune");
        assertThat(hr.reportsTo()).isEqualTo("Kommunaldirektøren");
        assertThat(hr.tasks()).isEmpty();
    }

    /**
     * Minutes name units in passing, but an appendix describing each unit by labelled lines ("Hører under:", "Leder:",
     * "Opgaver:") under a heading with a status note ("(ny enhed)") describes units.
     */
    @Test
    void aMinutesAppendixDescribingUnitsByLabelsGivesThem() {
        Unit workshop = directory.find("Værkstedet Lindbjerg").orElseThrow();
        assertThat(workshop.parent()).isEqualTo("Driften Lindbjerg");
        assertThat(workshop.leader()).isEqualTo("Susanne Krarup");
        assertThat(workshop.contact().email()).isEqualTo("vaerksted@lindbjerg.dk");
        assertThat(workshop.tasks()).anyMatch(t -> t.text().contains("arbejdstøj og sikkerhedssko"))
                .noneMatch(t -> t.text().startsWith("Kontakt") || t.text().startsWith("Hører under"));
        assertThat(directory.find("Driften Lindbjerg").orElseThrow().reportsTo()).isEqualTo("direktøren");
    }

    /**
     * A procedure's steps, each a heading, a line on what happens and "Ansvarlig: …": the unit named there does the
     * step; a person or a role in lower case ("Ansvarlig: nærmeste leder") is no unit.
     */
    @Test
    void aProceduresStepIsTheTaskOfTheUnitNamedResponsibleForIt() {
        Unit pay = unit("Lønvagten Fyrrebakke", "Fyrrebakke Kommune");
        assertThat(pay.tasks()).extracting(Unit.Task::text).containsExactly(
                "Rettelse og efterbetaling: Fejlen rettes, og det manglende beløb kommer med næste lønkørsel.",
                "Tilbagebetaling af for meget udbetalt løn: Medarbejderen og kommunen aftaler en plan for tilbagebetaling over højst seks måneder.");
        assertThat(directory.units("Fyrrebakke Kommune")).extracting(Unit::name).containsExactly("Lønvagten Fyrrebakke");
    }

    /** A consultation paper's table from old to new units: each row's unit is the new one, with the old as its former name. */
    @Test
    void aTableFromOldToNewUnitsGivesTheNewUnitsWithTheirFormerNames() {
        Unit pay = unit("Lønteam Tangholm", "Tangholm Kommune");
        assertThat(pay.aliases()).containsExactly("Lønkontoret");
        assertThat(pay.leader()).isEqualTo("Mette Frost");
        assertThat(pay.tasks()).extracting(Unit.Task::text).contains("feriepenge").noneMatch(t -> t.contains("Lønteam"));
        assertThat(unit("Uddannelsesstuen Tangholm", "Tangholm Kommune").aliases()).containsExactly("Kursusstuen");
        assertThat(directory.units("Tangholm Kommune")).extracting(Unit::name).doesNotContain("Lønkontoret", "Kursusstuen");
    }

    /**
     * A plan page's description list: a badge of letters before each unit's name ("LO Løn og Orlov Tinghøj") and its
     * facts one a line ("Hører under: …", "Leder: …", "Hed tidligere: … (til og med …)", "I planen: …").
     */
    @Test
    void aDescriptionListGivesEachUnitItsFactsLinesAndItsBadgeAsAbbreviation() {
        String org = "Tinghøj Kommune";
        Unit pay = unit("Løn og Orlov Tinghøj", org);
        assertThat(pay.leader()).isEqualTo("lønchef Ebbe Holt Sander");
        assertThat(pay.parent()).isEqualTo("Medarbejderhuset Tinghøj");
        assertThat(pay.aliases()).containsExactly("LO", "Lønkassen"); // the note on until when is no part of the name
        assertThat(pay.tasks()).anyMatch(t -> t.text().contains("barselsrefusion"));
        assertThat(unit("Lønkassen", org)).isEqualTo(pay);
        assertThat(unit("Medarbejderhuset Tinghøj", org).reportsTo()).isEqualTo("Kommunaldirektøren");
        assertThat(unit("Trivsel og Sundhed Tinghøj", org).leader()).isEqualTo("teamleder Rikke Dahl Aagaard");
        // "- Nøglebrikker …: Ejendomsdriften Tinghøj, som hører under …": a list of who to ask names a unit outside HR
        assertThat(unit("Ejendomsdriften Tinghøj", org).tasks()).extracting(Unit.Task::text)
                .containsExactly("Nøglebrikker og parkeringskort til personalepladserne");
        assertThat(directory.units(org)).extracting(Unit::name).noneMatch(n -> n.startsWith("Hvem"));
    }

    /**
     * A management handbook's function descriptions: a heading per function ("3.2 Driftsvagten Kildebro (hører under
     * Ledningsnet)") over a Word table of labels and values.
     */
    @Test
    void aFunctionDescribedByATableOfLabelsAndValuesIsAUnit() {
        String org = "Kildebro Forsyning";
        Unit standby = unit("Driftsvagten Kildebro", org);
        assertThat(standby.reportsTo()).isEqualTo("Chef for Ledningsnet");
        assertThat(standby.location()).startsWith("Vandværket");
        assertThat(standby.tasks()).extracting(Unit.Task::text).anyMatch(t -> t.contains("Kalder vagtholdet ind ved brud"))
                .noneMatch(t -> t.startsWith("Rapporterer til"));
        Unit clearance = unit("Sikkerhedsklarering Kildebro", org);
        assertThat(clearance.leader()).isEqualTo("Teamleder Vibeke Holst Ravn");
        assertThat(unit("Adgangskortkontoret", org)).isEqualTo(clearance); // "Tidligere betegnelse: …"
        // "Lægger vagtplaner for Driftsvagten Kildebro og …": the units the plans are for do not lay them
        assertThat(directory.lookup("Hvem lægger vagtplaner for Driftsvagten Kildebro?", false, org)).extracting(m -> m.unit().name())
                .containsExactly("Løn og Planlægning Kildebro");
    }

    /**
     * Filled-in forms of an organisational change, as their PDF's text gives them (numbered labels, a tab, values):
     * the new name is the unit, the current one its former name, and only the tasks' field holds tasks.
     */
    @Test
    void aFormOfAnOrganisationalChangeGivesTheNewUnitItsFormerNameLeaderAndTasks() {
        String org = "Fonden Lyngborg";
        Unit staffing = unit("Bemandingen Lyngborg", org);
        assertThat(staffing.leader()).isEqualTo("Maiken Friis Holt, teamleder");
        assertThat(unit("Vikarkontoret", org)).isEqualTo(staffing);
        assertThat(staffing.tasks()).extracting(Unit.Task::text).contains("Booking af vikarer")
                .noneMatch(t -> t.contains("april 2027") || t.contains("Telefonnummeret"));
        assertThat(unit("Bevægelsesteamet Lyngborg", org).tasks()).extracting(Unit.Task::text).contains("Forflytningskurser");
    }

    /**
     * A contact form's "who reads your message": a heading per unit over one paragraph of facts told in sentences
     * ("Hed til og med … X.", "Samlet den … af X og Y.", "Hører under …", "Leder: …", "Nyt team fra … under …", "Sidder
     * i …") and what it does; and a list of what is not the staff office's, each item opening with a unit named after
     * the organisation and where it belongs.
     */
    @Test
    void aFormPagesUnitsAreReadFromTheirParagraphsOfFacts() {
        String org = "Kornmod Bryghus";
        Unit staff = unit("Personale og Trivsel Kornmod", org);
        assertThat(staff.leader()).isEqualTo("personaledirektør Sofie Vang Lindholt");
        assertThat(staff.aliases()).contains("Personalekontoret"); // "Hed til og med 31. januar 2027 Personalekontoret"
        assertThat(staff.tasks()).extracting(Unit.Task::text).containsExactly("Tager sig af kontrakter, orlov, fratrædelser og personalepolitikken.");
        Unit hours = unit("Timebanken Kornmod", org);
        assertThat(hours.leader()).isEqualTo("lønchef Jonas Brandt Holmgaard");
        assertThat(hours.aliases()).contains("Maltlønnen Kornmod", "Stempelkontoret"); // "Samlet den … af X og Y"
        assertThat(hours.parent()).isEqualTo("Personale og Trivsel Kornmod");
        assertThat(hours.tasks()).extracting(Unit.Task::text).noneMatch(t -> t.startsWith("Hører under") || t.startsWith("Sidder") || t.startsWith("Samlet"));
        Unit safety = unit("Arbejdsmiljø Kornmod", org);
        assertThat(safety.parent()).isEqualTo("Personale og Trivsel Kornmod"); // "Nyt team fra … under …"
        assertThat(safety.tasks()).extracting(Unit.Task::text).anyMatch(t -> t.contains("udleverer høreværn"));
        assertThat(staff.tasks()).extracting(Unit.Task::text).noneMatch(t -> t.contains("høreværn")); // "Teamet …" is the new team
        assertThat(unit("Lager Vest Personale", org).reportsTo()).isEqualTo("lagerchefen i Hvedeholm");
        // "Udstyret sender …": a verb whose past is "sendte" is a verb in the present tense all the same
        assertThat(unit("Sikkerhedsudstyret Kornmod", org).tasks()).extracting(Unit.Task::text).anyMatch(t -> t.contains("sikkerhedssko"));
        assertThat(directory.units(org)).extracting(Unit::name).noneMatch(n -> n.contains("Enhederne")); // units in general
        assertThat(directory.lookup("Hvem laver nøglebrikker på Kornmod Bryghus?", false, org)).extracting(m -> m.unit().name())
                .first().isEqualTo("Porthuset Kornmod");
    }

    /**
     * A list of shared mailboxes: each unit a paragraph opening with its name as a run-in heading ("Skemastuen Egevang.
     * Lagt sammen … Hører direkte under skolelederen. Koordinator: …"), a label wrapped onto the next line, a leader
     * with a title of two words.
     */
    @Test
    void aParagraphOpeningWithAUnitsNameAloneDescribesThatUnit() {
        String org = "Egevang Privatskole";
        Unit office = unit("Skolekontoret Egevang", org);
        assertThat(office.leader()).isEqualTo("administrativ leder Ida Holmsted"); // "Leder: administrativ" wrapped
        assertThat(office.reportsTo()).isEqualTo("skolelederen");
        assertThat(office.aliases()).contains("Kontorgangen");
        Unit timetable = unit("Skemastuen Egevang", org);
        assertThat(timetable.aliases()).contains("Vikarbanken", "Skemagruppen");
        assertThat(timetable.leader()).isEqualTo("Lene Bach");
        assertThat(timetable.tasks()).extracting(Unit.Task::text).containsExactly("Lægger skemaet for alle klasser, fordeler vikartimer og registrerer merarbejde.");
        Unit language = unit("Sprogværkstedet Egevang", org);
        assertThat(language.leader()).isEqualTo("pædagogisk vejleder Karin Dall Ibsen");
        assertThat(language.reportsTo()).isEqualTo("pædagogisk afdelingsleder Rune Tang");
        assertThat(unit("Pedelgården Egevang", org).tasks()).extracting(Unit.Task::text).anyMatch(t -> t.contains("nøglebrikker"));
    }
}
