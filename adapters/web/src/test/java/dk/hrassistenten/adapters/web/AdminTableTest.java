package dk.hrassistenten.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminTableTest {

    private final AdminTable table = new AdminTable("not-found", "Ubesvarede", List.of("Emne", "Antal"), List.of(
            List.of("hvad koster en p-licens", "2"),
            List.of("løn, pension og \"fritvalg\"", "1"),
            List.of("to\nlinjer", "1"),
            List.of("=HYPERLINK(\"http://x\")", "1"),
            List.of("<script>alert(1)</script>", "1")));

    @Test
    void csvQuotesWhatNeedsItAndDisarmsFormulas() {
        assertThat(table.csv()).isEqualTo("Emne,Antal\r\n"
                + "hvad koster en p-licens,2\r\n"
                + "\"løn, pension og \"\"fritvalg\"\"\",1\r\n"
                + "\"to\nlinjer\",1\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",1\r\n"
                + "<script>alert(1)</script>,1\r\n");
    }

    @Test
    void htmlEscapesEveryCellAndLinksTheDownload() {
        assertThat(table.html()).contains("<a href=\"/admin/not-found.csv\">")
                .contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .contains("<td>løn, pension og &quot;fritvalg&quot;</td>")
                .doesNotContain("<script>");
        assertThat(new AdminTable("warnings", "Advarsler", List.of("Advarsel"), List.of()).html()).contains("Intet endnu");
    }

    @Test
    void everyRowHasACellPerColumn() {
        assertThatThrownBy(() -> new AdminTable("x", "X", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
