package dk.hrassistenten.deploy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The runnable: {@code java -jar hr-assistant.jar serve|chat|index|eval|bench}. */
@Command(name = "hr-assistant", mixinStandardHelpOptions = true, version = "HR-assistenten 0.1",
        description = "HR-assistenten: answers from the HR documents, who handles what, and agenda items.",
        subcommands = {ServeCommand.class, ChatCommand.class, IndexCommand.class, EvalCommand.class, BenchCommand.class, TuneCommand.class, UnansweredCommand.class,
                PrivacyCommand.class, HealthCheckCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof Settings.InvalidSettingException) {
                commandLine.getErr().println("hr-assistant: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
