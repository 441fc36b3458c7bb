package dk.hrassistenten.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementServletTest {

    @Test
    void theContactIsALinkOrTheFallbackAndAlwaysEscaped() {
        assertThat(StatementServlet.contact("web@example.org")).isEqualTo("<a href=\"mailto:web@example.org\">web@example.org</a>");
        assertThat(StatementServlet.contact("https://example.org/kontakt?a=1&b=2"))
                .isEqualTo("<a href=\"https://example.org/kontakt?a=1&amp;b=2\">https://example.org/kontakt?a=1&amp;b=2</a>");
        assertThat(StatementServlet.contact(null)).isEqualTo("HR-afdelingen, som driver HR-assistenten");
        assertThat(StatementServlet.contact("\"><script>x</script>@e.org")).doesNotContain("<script>");
    }
}
