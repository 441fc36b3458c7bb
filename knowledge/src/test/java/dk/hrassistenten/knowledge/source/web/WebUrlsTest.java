package dk.hrassistenten.knowledge.source.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebUrlsTest {

    private static final URI PAGE = URI.create("https://intra.example.dk/hr/ferie/regler.html");

    @ParameterizedTest
    @CsvSource({
            "barsel.html,                         https://intra.example.dk/hr/ferie/barsel.html",
            "../pension.html#satser,              https://intra.example.dk/hr/pension.html",
            "/hr/./sygdom.aspx?id=7,              https://intra.example.dk/hr/sygdom.aspx?id=7",
            "HTTPS://Intra.Example.DK:443/hr/,    https://intra.example.dk/hr/",
            "http://intra.example.dk:80,          http://intra.example.dk/",
            "http://intra.example.dk:8080/a b.pdf, http://intra.example.dk:8080/a%20b.pdf",
            "https://bruger@intra.example.dk/hr/, https://intra.example.dk/hr/",
            "/hr/f%C3%B8dsel.html,                https://intra.example.dk/hr/f%C3%B8dsel.html",
    })
    void linksAreResolvedAndWrittenOneWay(String href, String expected) {
        assertThat(WebUrls.resolve(PAGE, href)).contains(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:hr@example.dk", "javascript:print()", "tel:70112233", "ftp://intra.example.dk/fil.pdf", "http://", "/../../x"})
    void linksToNoWebPageAreNone(String href) {
        assertThat(WebUrls.resolve(PAGE, href)).isEmpty();
    }

    @Test
    void theDefaultPrefixIsThePagesDirectory() {
        assertThat(WebUrls.directory(PAGE)).isEqualTo("https://intra.example.dk/hr/ferie/");
        assertThat(WebUrls.directory(URI.create("https://intra.example.dk/hr/"))).isEqualTo("https://intra.example.dk/hr/");
        assertThat(WebUrls.directory(URI.create("https://intra.example.dk/hr?side=1"))).isEqualTo("https://intra.example.dk/");
        assertThat(WebUrls.root(PAGE)).isEqualTo(URI.create("https://intra.example.dk/"));
    }

    @Test
    void aScopeHoldsOnlyUrlsUnderItsPrefix() {
        UrlScope scope = UrlScope.of("https://intra.example.dk/hr/");
        assertThat(scope.contains(URI.create("https://intra.example.dk/hr/ferie.html"))).isTrue();
        assertThat(scope.contains(URI.create("https://intra.example.dk/it/"))).isFalse();
        assertThat(scope.contains(URI.create("http://intra.example.dk/hr/"))).isFalse();
        assertThat(scope.contains(URI.create("https://intra.example.dk.evil.dk/hr/"))).isFalse();
        assertThat(WebUrls.extension(URI.create("https://x.dk/a/Referat.PDF"))).isEqualTo("pdf");
        assertThat(WebUrls.normalise("not a url")).isEqualTo(Optional.empty());
    }
}
