package dk.hrassistenten.adapters.slack;

import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;

/** Turns what Slack sends into an {@link Inbound}: the only place raw message text is read. */
final class SlackInbound {

    private SlackInbound() {
    }

    /**
     * The question in a message: mentions of the bot removed, and Slack's own escaping undone (Slack
     * sends "&lt;" for "<"); links and user mentions are left as the text Slack shows for them.
     */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.replaceAll("<@[A-Z0-9]+(\\|[^>]*)?>", " ")
                .replaceAll("<(https?://[^|>]+)\\|([^>]+)>", "$2")
                .replaceAll("<(https?://[^>]+)>", "$1")
                .replaceAll("<#[A-Z0-9]+\\|([^>]+)>", "#$1")
                .replaceAll("<![^>]*>", " ");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    /**
     * A message's whole text as a person reads it, line breaks kept, for an agenda item made from it: Slack's escaping
     * undone, links as their text and address, mentions of people and channels as their ids or names.
     */
    static String messageText(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.replaceAll("<@([A-Z0-9]+)(\\|[^>]*)?>", "@$1")
                .replaceAll("<(https?://[^|>]+)\\|([^>]+)>", "$2 ($1)")
                .replaceAll("<(https?://[^>]+)>", "$1")
                .replaceAll("<#[A-Z0-9]+\\|([^>]+)>", "#$1")
                .replaceAll("<!([a-z]+)[^>]*>", "@$1");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    static Inbound of(String user, String text, String channel, String thread, String deliveryId) {
        return new Inbound(Channel.SLACK, user, text(text), channel + (thread == null ? "" : ":" + thread), deliveryId);
    }
}
