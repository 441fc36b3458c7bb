package dk.hrassistenten.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
