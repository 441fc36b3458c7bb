package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
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
 * edits the line and recalls earlier questions with Up ({@link ChatInput}), sees replies laid out for a terminal
 * ({@link TerminalReplies}), ends with {@code exit}, {@code quit} or Ctrl-D, and the log goes to {@code chat.log} in the
 * data folder instead of the screen; with {@code --json}, standard output holds the replies only and the log stays on
 * standard error.
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
        if (json) {
            return jsonLines(settings);
        }
        Path log = LogToFile.redirect(settings.data().resolve("chat.log"));
        try (Services services = new Services(settings); ChatInput input = ChatInput.open()) {
            services.knowledge.reload(p -> { });
            PrintWriter out = input.out();
            TerminalReplies replies = new TerminalReplies(input.ansi());
            out.println("HR-assistenten (skriv \"hjælp\"; afslut med exit, quit eller Ctrl-D; log i " + log + ")");
            String line;
            while ((line = input.readLine("> ")) != null) {
                if (END.contains(line.strip().toLowerCase(Locale.ROOT))) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                Reply reply = services.assistant.handle(new Inbound(Channel.CLI, user, line, "cli", null));
                out.println();
                replies.render(reply).forEach(out::println);
                out.println();
                out.flush();
            }
        }
        return 0;
    }

    /** One reply JSON object per input line, in order, flushed after each; the log stays on standard error. */
    private int jsonLines(Settings settings) throws Exception {
        PrintStream out = Terminal.stdout();
        try (Services services = new Services(settings)) {
            services.knowledge.reload(p -> { });
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                // No request id: a line is read once and never delivered again, and numbering lines anew in
                // every run made the first command of a second run look like a replay of the first run's.
                out.println(ReplyJson.write(services.assistant.handle(new Inbound(Channel.CLI, user, line, "cli", null))));
                out.flush();
            }
        }
        return 0;
    }
}
