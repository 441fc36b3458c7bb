package dk.hrassistenten.adapters.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's mrkdwn from the reply's Markdown-ish text. Every text from documents and people is escaped
 * ({@code & < >}), so {@code <!channel>}, {@code <!here>}, {@code <@U…>} and {@code <url|text>} can never fire;
 * only the markup this class writes itself is live.
 */
final class Mrkdwn {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private Mrkdwn() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A whole reply text: quotes, bullets and headings kept as mrkdwn, everything else escaped. */
    static String fromReplyText(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.startsWith("> ")) {
                out.append("> ").append(inline(line.substring(2)));
            } else if (line.startsWith("- ")) {
                out.append("• ").append(inline(line.substring(2)));
            } else if (line.matches("#{1,6} .*")) {
                out.append('*').append(escape(line.replaceFirst("#{1,6} ", "").replace("*", ""))).append('*');
            } else {
                out.append(inline(line));
            }
        }
        return out.toString();
    }

    /** Escapes a line and turns Markdown bold into mrkdwn bold. */
    static String inline(String line) {
        Matcher m = BOLD.matcher(escape(line));
        return m.replaceAll(r -> Matcher.quoteReplacement("*" + r.group(1).replace("*", "") + "*"));
    }

    /** A link whose label is text from a document: the label is escaped, the URL built by us. */
    static String link(String url, String label) {
        return "<" + url.replace("|", "%7C").replace(">", "%3E") + "|" + escape(label).replace("|", "¦") + ">";
    }
}
