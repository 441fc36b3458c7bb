package dk.hrassistenten.deploy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The runnable: {@code java -jar hr-assistant.jar serve|chat|index|eval|bench|tune|unanswered|privacy|healthcheck}. */
@Command(name = "hr-assistant", mixinStandardHelpOptions = true, version = "HR-assistenten 0.1",
        description = "HR-assistenten: answers from the HR documents, who handles what, and agenda items.",
        subcommands = {ServeCommand.class, ChatCommand.class, IndexCommand.class, EvalCommand.class, BenchCommand.class, TuneCommand.class, UnansweredCommand.class,
                PrivacyCommand.class, HealthCheckCommand.class})
public final class Main {

    /** A setting a person must fix: the exit code scripts and orchestrators can tell from a crash. */
    static final int BAD_SETTING = 2;
    static final int FAILED = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line with its error handling: a bad setting is one line saying what to fix (exit 2), any other
     * failure one line saying what failed (exit 1). The stack trace goes to the log at DEBUG only
     * ({@code HR_ASSISTANT_LOG_LEVEL=DEBUG}): an operator reads the line, a developer asks for the trace.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Logger log = LoggerFactory.getLogger(Main.class);
            if (e instanceof Settings.InvalidSettingException) {
                log.debug("{} stopped by a setting", commandLine.getCommandName(), e);
                commandLine.getErr().println("hr-assistant: " + e.getMessage());
                return BAD_SETTING;
            }
            log.debug("{} failed", commandLine.getCommandName(), e);
            commandLine.getErr().println("hr-assistant " + commandLine.getCommandName() + " failed: " + Failures.describe(e)
                    + " (HR_ASSISTANT_LOG_LEVEL=DEBUG logs the details)");
            return FAILED;
        });
        return cli;
    }
}
