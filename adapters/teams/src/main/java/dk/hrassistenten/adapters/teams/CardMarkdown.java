package dk.hrassistenten.adapters.teams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown subset of Adaptive Card text blocks, from the reply's Markdown-ish text. Text from documents
 * and people is backslash-escaped, so it can never become a link, an image, emphasis or a list; only the markup
 * this class writes itself is live. Teams renders {@code <at>} only with mention entities, and none are ever
 * added, but {@code <} and {@code >} are escaped as well.
 */
final class CardMarkdown {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    /** Emphasis, code, links and images (their "[" suffices), strike-through, and what could read as HTML. */
    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_\\[\\]~<>]");
    /** What makes the start of a text block a heading, list item or quote. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#>+-]|\\d+[.)])");

    private CardMarkdown() {
    }

    /** Plain text as Markdown that shows exactly this text. */
    static String escape(String text) {
        String inline = MARKUP.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        Matcher start = BLOCK_START.matcher(inline);
        if (start.find()) {
            String marker = start.group(2);
            String escaped = Character.isDigit(marker.charAt(0))
                    ? marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1)
                    : "\\" + marker;
            inline = start.group(1) + escaped + inline.substring(start.end());
        }
        return inline;
    }

    /** A line of reply text: its {@code **bold**} spans kept, everything else escaped. */
    static String inline(String line) {
        StringBuilder out = new StringBuilder();
        Matcher m = BOLD.matcher(line);
        int at = 0;
        while (m.find()) {
            out.append(escapeInside(line.substring(at, m.start()), out.length() == 0));
            out.append("**").append(escapeInside(m.group(1), false)).append("**");
            at = m.end();
        }
        out.append(escapeInside(line.substring(at), out.length() == 0));
        return out.toString();
    }

    /** A link the service builds: the label is text from a document, the URL is ours. */
    static String link(String label, String url) {
        return "[" + escapeInside(label, false) + "](" + url.replace(" ", "%20").replace(")", "%29").replace("(", "%28") + ")";
    }

    private static String escapeInside(String text, boolean atBlockStart) {
        return atBlockStart ? escape(text) : MARKUP.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }
}
