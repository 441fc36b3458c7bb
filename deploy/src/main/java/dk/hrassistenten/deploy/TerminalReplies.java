package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.reply.DanishDate;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.bot.reply.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply as the terminal chat shows it: bold as bold (or plain where the output is no terminal), quotes set off with
 * a bar, headings bold, bullets as bullets, no Markdown marks; the sources once, listed under the text with Danish
 * dates. Thread-safe.
 */
final class TerminalReplies {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final String BOLD_ON = "\u001b[1m";
    private static final String BOLD_OFF = "\u001b[22m";

    private final boolean ansi;

    /** @param ansi whether the output is a terminal that takes ANSI attributes (bold) */
    TerminalReplies(boolean ansi) {
        this.ansi = ansi;
    }

    /** The reply's lines, ready to print. */
    List<String> render(Reply reply) {
        List<String> lines = new ArrayList<>();
        for (String line : SourceLines.without(reply).split("\n", -1)) {
            if (line.startsWith("> ")) {
                lines.add("  │ " + inline(line.substring(2)));
            } else if (line.matches("#{1,6} .*")) {
                lines.add(bold(line.replaceFirst("#{1,6} ", "").replace("**", "")));
            } else if (line.matches("\\s*[-*_]{3,}\\s*")) {
                lines.add("────────");
            } else if (line.startsWith("- ")) {
                lines.add("  • " + inline(line.substring(2)));
            } else {
                lines.add(inline(line));
            }
        }
        if (!reply.sources().isEmpty()) {
            lines.add("");
            lines.add(reply.sources().size() == 1 ? "Kilde:" : "Kilder:");
            for (Source s : reply.sources()) {
                StringBuilder line = new StringBuilder("  • ").append(s.title());
                if (!s.section().isEmpty()) {
                    line.append(" › ").append(s.section());
                }
                List<String> about = new ArrayList<>();
                if (s.date() != null) {
                    about.add(DanishDate.of(s.date()));
                }
                if (s.organization() != null) {
                    about.add(s.organization());
                }
                about.add(s.path());
                lines.add(line.append(" (").append(String.join(", ", about)).append(')').toString());
            }
        }
        return lines;
    }

    /** A line's **bold** as bold, and `code` without its backticks. */
    private String inline(String line) {
        Matcher m = BOLD.matcher(line.replace("`", ""));
        return m.replaceAll(r -> Matcher.quoteReplacement(bold(r.group(1))));
    }

    private String bold(String text) {
        return ansi ? BOLD_ON + text + BOLD_OFF : text;
    }
}
