package dk.hrassistenten.adapters.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.reply.DanishDate;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.bot.reply.SourceLines;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Reply} as Block Kit messages: the text in sections, the sources once as a context line
 * (links when the service's public URL is known, dates as "1. januar 2025"), and buttons for feedback and the whole source. Long
 * replies are split within Slack's limits (3,000 characters a section, 50 blocks, and a text budget per
 * message) rather than rejected. Thread-safe.
 */
final class BlockKitRenderer {

    static final int SECTION_CHARS = 2900;
    static final int MESSAGE_CHARS = 10_000;
    static final int MESSAGE_BLOCKS = 45;
    private static final int BUTTON_VALUE_CHARS = 1900;

    private final String publicUrl;

    BlockKitRenderer(String publicUrl) {
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    List<SlackMessage> render(Reply reply) {
        // The sources are listed below the text, once: the text's own lines naming them are left out.
        String mrkdwn = Mrkdwn.fromReplyText(SourceLines.without(reply));
        List<String> sections = split(mrkdwn, SECTION_CHARS);
        List<SlackMessage> messages = new ArrayList<>();
        List<LayoutBlock> blocks = new ArrayList<>();
        int chars = 0;
        for (String part : sections) {
            if (!blocks.isEmpty() && (chars + part.length() > MESSAGE_CHARS || blocks.size() >= MESSAGE_BLOCKS)) {
                messages.add(new SlackMessage(fallback(blocks), blocks));
                blocks = new ArrayList<>();
                chars = 0;
            }
            blocks.add(section(s -> s.text(markdownText(part))));
            chars += part.length();
        }
        if (!reply.sources().isEmpty()) {
            List<TextObject> lines = new ArrayList<>();
            for (Source source : reply.sources().subList(0, Math.min(3, reply.sources().size()))) {
                lines.add(markdownText(":page_facing_up: " + sourceLine(source)));
            }
            blocks.add(context(c -> c.elements(new ArrayList<>(lines))));
        }
        if (reply.kind() == ReplyKind.ANSWER || reply.kind() == ReplyKind.UNIT) {
            blocks.add(actions(a -> a.elements(buttons(reply))));
        }
        messages.add(new SlackMessage(fallback(blocks), blocks));
        return messages;
    }

    /** The plain notification text of a message: its first section, escaped like the rest. */
    private static String fallback(List<LayoutBlock> blocks) {
        for (LayoutBlock b : blocks) {
            if (b instanceof com.slack.api.model.block.SectionBlock s && s.getText() != null) {
                String t = s.getText().getText();
                return t.length() > 300 ? t.substring(0, 300) + " …" : t;
            }
        }
        return "HR-assistenten";
    }

    private String sourceLine(Source s) {
        String label = s.title() + (s.section().isEmpty() ? "" : " › " + s.section());
        String where = s.onTheWeb() ? Mrkdwn.link(s.path(), label)
                : publicUrl == null ? "*" + Mrkdwn.escape(label) + "*"
                : Mrkdwn.link(publicUrl + "/kilde?path=" + enc(s.path()) + "&section=" + enc(s.section()), label);
        StringBuilder line = new StringBuilder(where);
        if (s.date() != null) {
            line.append(" · ").append(DanishDate.of(s.date()));
        }
        if (s.organization() != null) {
            line.append(" · ").append(Mrkdwn.escape(s.organization()));
        }
        return line.toString();
    }

    private static List<BlockElement> buttons(Reply reply) {
        String kind = reply.kind().wireName();
        String firstPath = reply.sources().isEmpty() ? "" : reply.sources().get(0).path();
        // The id last and whole, so that a long path is what gets cut.
        String id = reply.id() == null ? "" : ActionIds.SEPARATOR + reply.id();
        String feedback = truncate(kind + ActionIds.SEPARATOR + firstPath, BUTTON_VALUE_CHARS - id.length()) + id;
        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(button(b -> b.actionId(ActionIds.FEEDBACK_UP).text(plainText(":thumbsup:", true)).value(feedback)));
        buttons.add(button(b -> b.actionId(ActionIds.FEEDBACK_DOWN).text(plainText(":thumbsdown:", true)).value(feedback)));
        if (!reply.sources().isEmpty()) {
            Source s = reply.sources().get(0);
            String value = truncate(s.path() + ActionIds.SEPARATOR + s.section());
            buttons.add(button(b -> b.actionId(ActionIds.SHOW_SOURCE).text(plainText("Vis hele kilden")).value(value)));
        }
        return buttons;
    }

    /** Splits at line ends (or, for a single huge line, anywhere) into pieces of at most {@code max} characters. */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            while (line.length() > max) {
                if (current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                parts.add(line.substring(0, max));
                line = line.substring(max);
            }
            if (current.length() + line.length() + 1 > max && current.length() > 0) {
                parts.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
        }
        if (current.length() > 0 || parts.isEmpty()) {
            parts.add(current.length() == 0 ? " " : current.toString());
        }
        return parts;
    }

    private static String truncate(String value) {
        return truncate(value, BUTTON_VALUE_CHARS);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
