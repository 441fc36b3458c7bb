package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyJson;
import dk.hrassistenten.bot.reply.Source;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chat}: one message per input line; {@code --json} writes one reply JSON object per line. A person chatting
 * ends with {@code exit}, {@code quit} or Ctrl-D, and the log goes to {@code chat.log} in the data folder instead of the
 * screen; with {@code --json}, standard output holds the replies only and the log stays on standard error.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat in the terminal; with --json, one JSON reply per input line.")
final class ChatCommand implements Callable<Integer> {

    /** What a person types to end the chat; a program reading JSON ends its input instead. */
    private static final Set<String> END = Set.of("exit", "quit");

    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "Write each reply as one line of JSON (contract.md).")
    boolean json;

    @Option(names = "--user", paramLabel = "ID", description = "The user id the messages come from (default ${DEFAULT-VALUE}).", defaultValue = "cli")
    String user;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.of(options, System.getenv());
        PrintStream out = Terminal.stdout();
        Path log = json ? null : LogToFile.redirect(settings.data().resolve("chat.log"));
        try (Services services = new Services(settings)) {
            services.knowledge.reload(p -> { });
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!json) {
                out.println("HR-assistenten (skriv \"hjælp\"; afslut med exit, quit eller Ctrl-D; log i " + log + ")");
                out.print("> ");
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() && json) {
                    continue;
                }
                if (!json && END.contains(line.strip().toLowerCase(Locale.ROOT))) {
                    break;
                }
                // No request id: a line is read once and never delivered again, and numbering lines anew in
                // every run made the first command of a second run look like a replay of the first run's.
                Reply reply = services.assistant.handle(new Inbound(Channel.CLI, user, line, "cli", null));
                if (json) {
                    out.println(ReplyJson.write(reply));
                } else {
                    printHuman(reply, out);
                    out.print("> ");
                }
                out.flush();
            }
        }
        return 0;
    }

    private static void printHuman(Reply reply, PrintStream out) {
        out.println();
        out.println(reply.text());
        if (!reply.sources().isEmpty()) {
            out.println();
            for (Source s : reply.sources()) {
                out.println("  [" + s.path() + "] " + s.title() + (s.section().isEmpty() ? "" : " › " + s.section()));
            }
        }
        out.println();
    }
}
