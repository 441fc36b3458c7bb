package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void theWelcomesExampleQuestionsAreUpToThreeSeparatedByABar() {
        assertThat(Settings.exampleQuestions(null)).isEmpty();
        assertThat(Settings.exampleQuestions("  ")).isEmpty();
        assertThat(Settings.exampleQuestions(" Hvem håndterer løn? | Hvornår udbetales lønnen? |")).containsExactly("Hvem håndterer løn?",
                "Hvornår udbetales lønnen?");
        assertThatThrownBy(() -> Settings.exampleQuestions("a?|b?|c?|d?")).isInstanceOf(Settings.InvalidSettingException.class)
                .hasMessageContaining("HR_ASSISTANT_EXAMPLE_QUESTIONS").hasMessageContaining("up to three");
    }

    @Test
    void documentsComeFromTheSourcesFileOrTheFolderAnOptionBeforeTheEnvironmentNeverBoth(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - folder: .\n");
        java.util.Map<String, String> both = java.util.Map.of(Environment.CORPUS, dir.toString(), Environment.SOURCES, file.toString());

        assertThat(options(null, file.toString()).origin(java.util.Map.of()).sources()).isEqualTo(file);
        assertThat(options(dir.toString(), null).origin(both).corpus()).as("the option wins").isEqualTo(dir);
        assertThat(options(null, null).origin(java.util.Map.of(Environment.SOURCES, file.toString())).sources()).isEqualTo(file);
        assertThatThrownBy(() -> options(dir.toString(), file.toString()).origin(java.util.Map.of()))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> options(null, null).origin(both)).isInstanceOf(Settings.InvalidSettingException.class)
                .hasMessageContaining(Environment.CORPUS).hasMessageContaining(Environment.SOURCES);
        assertThatThrownBy(() -> options(null, dir.resolve("missing.yaml").toString()).origin(java.util.Map.of()))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessageContaining("cannot be read").hasMessageContaining("--sources");
        assertThatThrownBy(() -> options(null, file.toString()).folder(java.util.Map.of()))
                .isInstanceOf(Settings.InvalidSettingException.class).hasMessageContaining("give --corpus");
    }

    private static CorpusOption options(String corpus, String sources) {
        CorpusOption option = new CorpusOption();
        option.corpus = corpus;
        option.sources = sources;
        return option;
    }
}
