package dk.hrassistenten.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlFileTest {

    private static ByteArrayInputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSyntaxErrorNamesTheFileTheLineAndWhatWasExpectedOnOneLine() {
        assertThatThrownBy(() -> YamlFile.read(yaml("forums:\n  - name: X\n    secretaries: [a\n    starts: \"14:00\"\n"), "/etc/hr/forums.yaml"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("/etc/hr/forums.yaml is not valid YAML: line 4, column ")
                .hasMessageContaining("expected ',' or ']'")
                .hasMessageNotContaining("\n").hasMessageNotContaining("reader").hasMessageNotContaining("Source");
    }

    @Test
    void aBadIndentIsReportedTheSameWay() {
        assertThatThrownBy(() -> YamlFile.read(yaml("units:\n  - unit: Stab\n   email: x@example.org\n"), "units.yaml"))
                .hasMessageStartingWith("units.yaml is not valid YAML: line 3, column ").hasMessageNotContaining("\n");
    }

    @Test
    void aValidFileIsItsTree() throws IOException {
        assertThat(YamlFile.read(yaml("forums:\n  - name: X\n"), "f.yaml").at("/forums/0/name").asText()).isEqualTo("X");
        assertThat(YamlFile.read(yaml(""), "empty.yaml").isMissingNode()).isTrue();
    }
}
