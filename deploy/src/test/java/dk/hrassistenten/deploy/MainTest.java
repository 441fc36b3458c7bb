package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void everySubcommandAnswersHelpWithItsUsage() {
        Map<String, CommandLine> subcommands = Main.commandLine().getSubcommands();
        assertThat(subcommands).containsKeys("serve", "chat", "index", "eval", "bench", "tune", "unanswered", "privacy", "healthcheck");
        for (String name : subcommands.keySet()) {
            CommandLine cli = Main.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            assertThat(cli.execute(name, "--help")).as(name + ": " + err).isZero();
            assertThat(out.toString()).as(name).startsWith("Usage: hr-assistant " + name).contains("--help");
            assertThat(err.toString()).as(name).isEmpty();
        }
    }
}
