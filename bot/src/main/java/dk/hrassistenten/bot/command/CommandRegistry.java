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

    /**
     * A parsed command invocation.
     *
     * @param command the command, or null for "/unknown"
     * @param name the name or alias it was invoked by, lower case
     * @param arguments what follows the name, stripped
     * @param loose whether it was typed without the slash with free text after the name ("hvem lønudbetaling"):
     *     a reader of language may still take it for a question ("hvem håndterer løn")
     */
    public record Invocation(Command command, String name, String arguments, boolean loose) {
    }

    /** "key=value" as a command's first argument ("forum=…", "id=7"). */
    private static final java.util.regex.Pattern KEY_VALUE = java.util.regex.Pattern.compile("^[\\p{L}_]+=");
    /** A bare word that ends a one-word message: "hjælp!", "enheder?". */
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[?!.]+$");

    /**
     * The command a message invokes, if it is one. With a leading "/" any registered name or alias counts, and
     * "/unknown" gives an invocation with a null command. Without the slash a name or alias at the start counts
     * when what follows is the command's kind of arguments: nothing (unless the command needs free text), a
     * known subcommand word or key=value pairs ("dagsorden vis forum=… dato=…"), another command's name for
     * "hjælp", or, for a free-text command, text that is not a question (no "?"), marked {@code loose}.
     * "Hvem håndterer løn?" and "hjælp mig med min løn" are therefore not commands.
     */
    public Optional<Invocation> parse(String text) {
        String t = text.strip();
        boolean slash = t.startsWith("/");
        if (slash) {
            t = t.substring(1);
        }
        int space = indexOfSpace(t);
        String word = (space < 0 ? t : t.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : t.substring(space + 1).strip();
        if (!slash && rest.isEmpty()) {
            word = TRAILING_PUNCTUATION.matcher(word).replaceFirst("");
        }
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Command command = byName.get(word);
        if (command == null) {
            return slash && word.matches("[\\p{L}\\p{N}_-]{1,30}") ? Optional.of(new Invocation(null, word, rest, false)) : Optional.empty();
        }
        if (slash) {
            return Optional.of(new Invocation(command, word, rest, false));
        }
        CommandSpec spec = command.spec();
        String first = rest.isEmpty() ? "" : rest.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        boolean fits = switch (spec.arguments()) {
            case NONE -> rest.isEmpty();
            case SUBCOMMAND -> rest.isEmpty() || spec.subcommands().contains(first) || KEY_VALUE.matcher(rest).find();
            case COMMAND_NAME -> rest.isEmpty() || (rest.split("\\s+").length == 1 && byName.containsKey(TRAILING_PUNCTUATION.matcher(first.replaceFirst("^/", "")).replaceFirst("")));
            case FREE_TEXT -> !rest.isEmpty() && !t.contains("?");
        };
        if (!fits) {
            return Optional.empty();
        }
        return Optional.of(new Invocation(command, word, rest, spec.arguments() == CommandSpec.Arguments.FREE_TEXT && !KEY_VALUE.matcher(rest).find()));
    }

    private static int indexOfSpace(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** All specs, for help. */
    public List<CommandSpec> specs() {
        return new ArrayList<>(commands.stream().map(Command::spec).toList());
    }
}
