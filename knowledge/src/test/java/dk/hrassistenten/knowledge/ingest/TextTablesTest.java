package dk.hrassistenten.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTablesTest {

    @Test
    void aPipeTableBecomesOneLinePerRowNamingEachCellByItsColumn() {
        String text = """
                Tillæg for funktioner:

                | Funktion | Tillæg pr. år |
                |:---|---:|
                | Klinisk vejleder | 9.500 kr. |
                | **Tillidsrepræsentant** | efter overenskomsten |

                Tillæggene reguleres hvert år.""";

        assertThat(TextTables.asRows(text)).isEqualTo("""
                Tillæg for funktioner:

                Funktion: Klinisk vejleder; Tillæg pr. år: 9.500 kr.
                Funktion: Tillidsrepræsentant; Tillæg pr. år: efter overenskomsten.

                Tillæggene reguleres hvert år.""");
    }

    @Test
    void aColumnAlignedTableAsConvertersWriteItBecomesRowsToo() {
        String text = """
                  Anledning                      Frihed              Løn
                  -----------------------------  ------------------  -----
                  Eget bryllup                   1 dag               Ja
                  Barns første skoledag          Op til 3 timer      Ja
                  Bloddonation                                       Ja

                Efter tabellen.""";

        assertThat(TextTables.asRows(text)).isEqualTo("""
                Anledning: Eget bryllup; Frihed: 1 dag; Løn: Ja.
                Anledning: Barns første skoledag; Frihed: Op til 3 timer; Løn: Ja.
                Anledning: Bloddonation; Løn: Ja.

                Efter tabellen.""");
    }

    @Test
    void linesThatOnlyLookLikeATableStayAsTheyAre() {
        String text = """
                Overskrift
                ----------
                Menu | Forside | Kontakt
                Et afsnit med - tre - streger.""";

        assertThat(TextTables.asRows(text)).isEqualTo(text);
    }

    @Test
    void aContactListAlignedWithoutAHeaderLabelsEachRowByItsFirstCell() {
        String text = """
                Hvem er hvem
                 - Løndesken Rønnebæk        Ulla Vang Brix       44 10 20 10   loen@roennebaek.dk
                 - Rønnebæk Servicecenter                         44 10 29 99
                Med venlig hilsen""";

        assertThat(TextTables.asRows(text)).isEqualTo("""
                Hvem er hvem
                 - Løndesken Rønnebæk: Ulla Vang Brix, 44 10 20 10, loen@roennebaek.dk
                 - Rønnebæk Servicecenter: 44 10 29 99
                Med venlig hilsen""");
    }

    @Test
    void sidesInTwoColumnsWithoutContactsStayAsTheyAre() {
        String text = """
                Arbejdsgiversiden          Medarbejdersiden
                Ole Holm (formand)         Lis Berg (næstformand)
                Kim Dal                    Eva Lund""";

        assertThat(TextTables.asRows(text)).isEqualTo(text);
    }

    /** A Word table of a function's description: a label and its value on each row, no header over them. */
    @Test
    void aTableOfLabelsAndValuesBecomesOneLabelledLinePerRow() {
        List<List<String>> rows = List.of(List.of("Ansvarlig", "Vagtleder Sofus Hald"), List.of("Rapporterer til", "Chef for Ledningsnet"),
                List.of("Ansvar og opgaver", "Kalder vagtholdet ind ved brud."));

        assertThat(TextTables.pipeTable(rows)).contains("Ansvarlig: Vagtleder Sofus Hald\nRapporterer til: Chef for Ledningsnet\n"
                + "Ansvar og opgaver: Kalder vagtholdet ind ved brud.");
    }

    /** Two short column names over rows are a header, however few the columns. */
    @Test
    void aTwoColumnTableWithAHeaderKeepsIt() {
        List<List<String>> rows = List.of(List.of("Ydelse", "Leveres af"), List.of("Lønsedler", "Lønteamet"));

        assertThat(TextTables.isLabelled(rows)).isFalse();
        assertThat(TextTables.asRows(TextTables.pipeTable(rows).orElseThrow())).isEqualTo("Ydelse: Lønsedler; Leveres af: Lønteamet.");
    }

    /** A filled-in form as its PDF's text gives it: numbered labels, a tab, values running on below. */
    @Test
    void aFormsFieldsBecomeLabelledLinesWithTheirWholeValues() {
        String text = "BLANKET 1\n\n2. Nuværende navn\tVikarkontoret\n\n3. Nyt navn\tBemandingen\n7. Opgaver\tBooking af vikarer,\n"
                + "afløsning ved ferie.\n\nEfter blanketten.";

        assertThat(TextTables.asRows(text)).isEqualTo("BLANKET 1\n\nNuværende navn: Vikarkontoret\n\nNyt navn: Bemandingen\n"
                + "Opgaver: Booking af vikarer, afløsning ved ferie.\n\nEfter blanketten.");
    }

    /** A row of more than two cells is a table's (a matrix's letters), not a form's field. */
    @Test
    void rowsOfSeveralTabbedCellsAreNoFormFields() {
        String text = "Opgave\tLeder\tLøn\nJobopslag\tA\tU\nLønsedler\t–\tA";

        assertThat(TextTables.asRows(text)).isEqualTo(text);
    }
}
