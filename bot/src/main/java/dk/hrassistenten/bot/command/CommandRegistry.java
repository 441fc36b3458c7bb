package dk.hrassistenten.bot.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The commands the assistant knows, by name and alias. Fails at start on a duplicate name. Immutable. */
public final class CommandRegistry {

    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<Command> commands;

    public CommandRegistry(List<Command> commands) {
        this.commands = List.copyOf(commands);
        for (Command c : this.commands) {
            for (String name : c.spec().names()) {
                Command previous = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), c);
                if (previous != null) {
                    throw new IllegalStateException("command name '" + name + "' is used by both "
                            + previous.spec().name() + " and " + c.spec().name());
                }
            }
        }
    }

    public List<Command> commands() {
        return commands;
    }

    /** A parsed command invocation. */
    public record Invocation(Command command, String name, String arguments) {
    }

    /** The command a message invokes, if it is one; "/unknown" gives an invocation with a null command. */
    public Optional<Invocation> parse(String text) {
        String t = text.strip();
        boolean slash = t.startsWith("/");
        if (slash) {
            t = t.substring(1);
        }
        int space = t.indexOf(' ');
        String word = (space < 0 ? t : t.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : t.substring(space + 1).strip();
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Command command = byName.get(word);
        if (command == null) {
            return slash && word.matches("[\\p{L}\\p{N}_-]{1,30}") ? Optional.of(new Invocation(null, word, rest)) : Optional.empty();
        }
        if (!slash && !(command.spec().bareWord() && rest.split("\\s+").length <= 2)) {
            return Optional.empty();
        }
        return Optional.of(new Invocation(command, word, rest));
    }

    /** All specs, for help. */
    public List<CommandSpec> specs() {
        return new ArrayList<>(commands.stream().map(Command::spec).toList());
    }
}
