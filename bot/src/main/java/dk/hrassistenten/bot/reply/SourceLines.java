package dk.hrassistenten.bot.reply;

import dk.hrassistenten.bot.Texts;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A reply's text names its sources in lines of its own ("Kilde: …", "Se også: …"), so that it reads whole where it is
 * the only thing shown (the terminal, {@code chat --json}). A channel that lists {@link Reply#sources()} itself (Slack,
 * Teams, the web chat) leaves those lines out, so that each source is named once, in one date format.
 */
public final class SourceLines {

    /** The labels of the lines, in every language replies are written in. */
    private static final List<String> LABELS = Stream.of(Texts.DANISH, Texts.ENGLISH)
            .flatMap(t -> Stream.of(t.get("source"), t.get("sources_more"))).map(label -> label + ": ").distinct().toList();

    private SourceLines() {
    }

    /** The reply's text without its source lines when it has sources to list; its text as it is otherwise. */
    public static String without(Reply reply) {
        if (reply.sources().isEmpty()) {
            return reply.text();
        }
        return reply.text().lines().filter(line -> LABELS.stream().noneMatch(line::startsWith)).collect(Collectors.joining("\n")).strip();
    }
}
