package dk.hrassistenten.knowledge.source.sharepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharePointSettingsTest {

    private static final String TENANT = "00000000-0000-0000-0000-000000000000";

    private static Map<String, Object> entry(Map<String, Object> change) {
        Map<String, Object> sharepoint = new HashMap<>(Map.of("tenant", TENANT, "client-id", "11111111-1111-1111-1111-111111111111",
                "client-secret-env", "HR_SHAREPOINT_SECRET", "site", "region.sharepoint.com:/sites/HR", "library", "Dokumenter"));
        change.forEach((k, v) -> {
            if (v == null) {
                sharepoint.remove(k);
            } else {
                sharepoint.put(k, v);
            }
        });
        return new HashMap<>(Map.of("name", "HR", "sharepoint", sharepoint));
    }

    @Test
    void readsAnEntryWithMicrosoftsAddressesByDefault() {
        SharePointSettings settings = SharePointSettings.parse("HR", entry(Map.of("folder", "/Politikker/Ferie/",
                "audiences", Map.of("HR-ledere", "ledere", "Alle medarbejdere", "*"))));

        assertThat(settings.site()).isEqualTo("region.sharepoint.com:/sites/HR");
        assertThat(settings.library()).isEqualTo("Dokumenter");
        assertThat(settings.drive()).isNull();
        assertThat(settings.folder()).isEqualTo("Politikker/Ferie");
        assertThat(settings.clientSecretEnv()).isEqualTo("HR_SHAREPOINT_SECRET");
        assertThat(settings.audiences()).containsExactlyInAnyOrderEntriesOf(Map.of("hr-ledere", "ledere", "alle medarbejdere", "*"));
        assertThat(settings.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.graphUrl()).isEqualTo(URI.create("https://graph.microsoft.com/v1.0"));
        assertThat(settings.authorityUrl()).isEqualTo(URI.create("https://login.microsoftonline.com/" + TENANT));
    }

    @Test
    void aDriveIdNeedsNoSiteAndTheAddressesCanMove() {
        Map<String, Object> change = new HashMap<>(Map.of("drive", "b!abc", "graph-url", "https://127.0.0.1:8443/v1.0/",
                "authority-url", "https://127.0.0.1:8443/tenant"));
        change.put("library", null);
        change.put("site", null);
        Map<String, Object> entry = entry(change);
        entry.put("interval", "1h");

        SharePointSettings settings = SharePointSettings.parse("HR", entry);

        assertThat(settings.drive()).isEqualTo("b!abc");
        assertThat(settings.graphUrl()).isEqualTo(URI.create("https://127.0.0.1:8443/v1.0"));
        assertThat(settings.authorityUrl()).isEqualTo(URI.create("https://127.0.0.1:8443/tenant"));
        assertThat(settings.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.mapsPermissions()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tenant              | sharepoint.tenant is missing
            client-id           | sharepoint.client-id is missing
            client-secret-env   | sharepoint.client-secret-env is missing
            site                | sharepoint.site is missing
            library             | sharepoint.library is missing
            """)
    void aMissingFieldIsNamed(String field, String message) {
        Map<String, Object> removed = new HashMap<>();
        removed.put(field, null);
        assertThatThrownBy(() -> SharePointSettings.parse("HR", entry(removed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("source \"HR\": ").hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            drive         | b!abc                       | sharepoint.library and sharepoint.drive both name the library
            folder        | ../andet                    | sharepoint.folder must be a folder path
            graph-url     | http://graph.example/v1.0   | sharepoint.graph-url must be an https URL
            authority-url | login                       | sharepoint.authority-url must be an https URL
            audiences     | ledere                      | sharepoint.audiences must map
            """)
    void aWrongFieldIsNamed(String field, String value, String message) {
        assertThatThrownBy(() -> SharePointSettings.parse("HR", entry(Map.of(field, value))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void anAudienceIsOneName() {
        assertThatThrownBy(() -> SharePointSettings.parse("HR", entry(Map.of("audiences", Map.of("HR-ledere", List.of("a", "b"))))))
                .hasMessageContaining("sharepoint.audiences: \"HR-ledere\" must map to one audience name");
        assertThatThrownBy(() -> SharePointSettings.parse("HR", entry(Map.of("audiences", Map.of("HR-ledere", "a,b")))))
                .hasMessageContaining("must map to one audience name");
    }

    @Test
    void withoutASharepointMapTheEntryIsRefused() {
        assertThatThrownBy(() -> SharePointSettings.parse("HR", Map.of("sharepoint", "region.sharepoint.com")))
                .hasMessageContaining("source \"HR\": sharepoint: must be a map");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            15m   | PT15M
            90s   | PT1M30S
            2h    | PT2H
            1d    | PT24H
            """)
    void readsIntervals(String written, Duration expected) {
        assertThat(SharePointSettings.interval("", written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10s", "quarter", "15", "-5m"})
    void refusesIntervalsThatAreNotOneOrThatWouldHammerGraph(String written) {
        assertThatThrownBy(() -> SharePointSettings.interval("source \"HR\": ", written))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("source \"HR\": ").hasMessageContaining("interval")
                .hasMessageContaining("must");
    }

    @Test
    void theSecretComesFromTheNamedVariableAndItsAbsenceIsNamed() {
        assertThatThrownBy(() -> SharePointSource.fromEntry("HR", entry(Map.of()), name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source \"HR\": the environment variable HR_SHAREPOINT_SECRET (sharepoint.client-secret-env) is not set");

        SharePointSource source = SharePointSource.fromEntry("HR", entry(Map.of()),
                name -> name.equals("HR_SHAREPOINT_SECRET") ? "hemmelig" : null);
        assertThat(source.name()).isEqualTo("HR");
        assertThat(source.interval()).isEqualTo(Duration.ofMinutes(15));
    }
}
