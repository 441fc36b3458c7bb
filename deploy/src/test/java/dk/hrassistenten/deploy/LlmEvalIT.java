package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.llm.ScriptedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dev evaluation through the jar with a model switched on: a scripted model that cites passage [1]. */
class LlmEvalIT {

    @Test
    void theDevSetStillPassesWithAModelThatCitesTheFirstPassage() throws Exception {
        try (ScriptedModel model = new ScriptedModel()) {
            model.script(ScriptedModel::citeFirstPassage);
            Path dev = TestServer.sampleCorpus().resolveSibling("eval/dev.jsonl");
            ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    "target/hr-assistant.jar", "eval", "--corpus", TestServer.sampleCorpus().toString(), dev.toString()));
            pb.environment().put("HR_ASSISTANT_LLM_PROVIDER", "openai");
            pb.environment().put("HR_ASSISTANT_LLM_BASE_URL", model.baseUrl());
            pb.environment().put("HR_ASSISTANT_LLM_MODEL", "scripted");
            pb.environment().put("HR_ASSISTANT_LLM_API_KEY", "test-key");
            pb.environment().put("HR_ASSISTANT_LLM_TIMEOUT", "5");
            Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            String[] lines = out.strip().split("\n");
            int cases = (int) java.nio.file.Files.readAllLines(dev).stream().filter(l -> !l.isBlank()).count();
            assertThat(lines[lines.length - 1]).as(out).isEqualTo("score: " + cases + "/" + cases);
            assertThat(model.prompts).as("answers were written by the model").isNotEmpty();
        }
    }
}
