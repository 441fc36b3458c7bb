package dk.hrassistenten.adapters.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.agenda.ProposalDecision;

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
        return unescaped(t).replaceAll("\\s+", " ").strip();
    }

    /**
     * A press on a proposal's Approve or Reject button, as the command it stands for, from the person who pressed it
     * in the conversation it was pressed in; the press's trigger id makes a repeated delivery recognisable. Null for a
     * button value that is no proposal id.
     */
    static Inbound decision(BlockActionPayload payload, boolean approve) {
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null) {
            return null;
        }
        ProposalDecision decision = ProposalDecision.of(payload.getActions().get(0).getValue(), approve, ProposalMessage.reason(payload.getState()));
        if (decision == null) {
            return null;
        }
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        return new Inbound(Channel.SLACK, payload.getUser().getId(), decision.command(), channel, payload.getTriggerId());
    }

    /**
     * A press on 👍 or 👎 under a reply; the button's value is the reply's kind, its first source's path and, when it
     * has one, its id (buttons posted before replies had ids have no third part). Null for a payload without a person
     * or an action.
     */
    static Inbound feedback(BlockActionPayload payload, boolean helpful) {
        String value = pressed(payload);
        if (value == null) {
            return null;
        }
        String[] parts = value.split(String.valueOf(ActionIds.SEPARATOR), 3);
        return action(payload, new InboundAction.Feedback(helpful, parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null));
    }

    /**
     * A press on "Vis hele kilden"; the button's value is the source's path and section. Null for a payload without a
     * person or an action.
     */
    static Inbound showSource(BlockActionPayload payload) {
        String value = pressed(payload);
        if (value == null) {
            return null;
        }
        int cut = value.indexOf(ActionIds.SEPARATOR);
        return action(payload, cut < 0 ? new InboundAction.ShowSource(value, "")
                : new InboundAction.ShowSource(value.substring(0, cut), value.substring(cut + 1)));
    }

    /** The value of the pressed button ("" when it has none), or null when no person pressed one. */
    private static String pressed(BlockActionPayload payload) {
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null) {
            return null;
        }
        String value = payload.getActions().get(0).getValue();
        return value == null ? "" : value;
    }

    private static Inbound action(BlockActionPayload payload, InboundAction action) {
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        return Inbound.of(Channel.SLACK, payload.getUser().getId(), channel, payload.getTriggerId(), action);
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
        return unescaped(t).strip();
    }

    /** Slack's three escapes undone ("&lt;" for "<"), "&amp;" last so that "&amp;lt;" stays "&lt;". */
    private static String unescaped(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static Inbound of(String user, String text, String channel, String thread, String deliveryId) {
        return new Inbound(Channel.SLACK, user, text(text), channel + (thread == null ? "" : ":" + thread), deliveryId);
    }
}
