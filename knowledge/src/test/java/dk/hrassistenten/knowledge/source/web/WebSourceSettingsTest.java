package dk.hrassistenten.knowledge.source.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebSourceSettingsTest {

    @Test
    void anEntryWithOnlyTheStartPageGetsPoliteDefaults() {
        WebSourceSettings settings = WebSourceSettings.fromEntry("intranet", Map.of("web", "https://Intra.example.dk/hr/index.html#top"));

        assertThat(settings.start()).isEqualTo(URI.create("https://intra.example.dk/hr/index.html"));
        assertThat(settings.prefix()).isEqualTo("https://intra.example.dk/hr/");
        assertThat(settings.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.maxPages()).isEqualTo(2000);
        assertThat(settings.interval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void everyFieldCanBeSet() {
        WebSourceSettings settings = WebSourceSettings.fromEntry("referater", Map.of("name", "referater", "web", "https://www.example.dk/politik/referater/",
                "prefix", "https://www.example.dk/politik/", "delay", "500ms", "max-pages", 300, "max-depth", "4", "interval", "15m",
                "timeout", "10s"));

        assertThat(settings.prefix()).isEqualTo("https://www.example.dk/politik/");
        assertThat(settings.delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.maxPages()).isEqualTo(300);
        assertThat(settings.maxDepth()).isEqualTo(4);
        assertThat(settings.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebSourceSettings.fromEntry("x", Map.of("web", "https://x.dk/", "interval", "1d")).interval()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aWrongEntryIsRefusedNamingTheField() {
        assertThatThrownBy(() -> WebSourceSettings.fromEntry("intranet", Map.of())).hasMessageContaining("intranet").hasMessageContaining("web: missing");
        assertThatThrownBy(() -> WebSourceSettings.fromEntry("intranet", Map.of("web", "ftp://x.dk/"))).hasMessageContaining("web: \"ftp://x.dk/\"");
        assertThatThrownBy(() -> WebSourceSettings.fromEntry("intranet", Map.of("web", "https://x.dk/hr/", "prefix", "https://x.dk/it/")))
                .hasMessageContaining("prefix: https://x.dk/it/ does not contain the start page");
        assertThatThrownBy(() -> WebSourceSettings.fromEntry("intranet", Map.of("web", "https://x.dk/", "delay", "snart")))
                .hasMessageContaining("web source intranet: \"delay\" must be a time such as").hasMessageContaining("not \"snart\"");
        assertThatThrownBy(() -> WebSourceSettings.fromEntry("intranet", Map.of("web", "https://x.dk/", "interval", "0s")))
                .hasMessageContaining("\"interval\" must be a time").hasMessageContaining("not \"0s\"");
        assertThatThrownBy(() -> WebSourceSettings.fromEntry("intranet", Map.of("web", "https://x.dk/", "max-pages", 0)))
                .hasMessageContaining("max-pages: \"0\" is not a whole number of at least 1");
        assertThatThrownBy(() -> WebSourceSettings.fromEntry("intranet", Map.of("web", "https://x.dk/", "maxpages", 5)))
                .hasMessageContaining("maxpages: unknown field");
    }
}
