package dk.hrassistenten.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void barsAreAsLongAsTheirShareOfTheLongestWithTheirNumbersBesideThemAsText() {
        String html = new BarChart("q", "Spørgsmål pr. dag", List.of("Besvaret", "Ikke fundet"), List.of(
                new BarChart.Bar("man. 30. nov.", List.of(3L, 1L), "4 (75 % besvaret)"),
                new BarChart.Bar("tir. 1. dec.", List.of(0L, 2L), "2 (0 % besvaret)"))).html();
        assertThat(html).startsWith("<figure class=chart id=\"q\"><figcaption>Spørgsmål pr. dag</figcaption>")
                .contains("Besvaret</span>", "Ikke fundet</span>")
                .contains("<span class=label>man. 30. nov.</span>", "<span class=number>4 (75 % besvaret)</span>")
                .contains("<rect x=\"0\" width=\"750\" height=20 fill=\"#0b5cad\"/><rect x=\"750\" width=\"250\" height=20 fill=\"#c2410c\"/>")
                .contains("<rect x=\"0\" width=\"500\" height=20 fill=\"#c2410c\"/>");
        assertThat(html).as("the bars are pictures of the numbers beside them").contains("aria-hidden=true");
    }

    @Test
    void labelsFromPeopleAreEscapedAndNoBarsDrawNothing() {
        String html = new BarChart("t", "Emner", List.of("Antal"), List.of(new BarChart.Bar("<script>alert(1)</script>", List.of(1L), "1"))).html();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(new BarChart("t", "Emner", List.of("Antal"), List.of()).html()).isEmpty();
        assertThatThrownBy(() -> new BarChart("t", "Emner", List.of("Antal"), List.of(new BarChart.Bar("x", List.of(1L, 2L), "3"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
