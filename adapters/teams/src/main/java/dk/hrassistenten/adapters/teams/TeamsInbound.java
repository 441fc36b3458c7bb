package dk.hrassistenten.adapters.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.MessageActionsPayload;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import java.util.List;

/** Turns what Teams sends into an {@link Inbound}: the only place a Teams message's raw text is read. */
final class TeamsInbound {

    private TeamsInbound() {
    }

    /**
     * The question in a message: the bot's own {@code <at>} mention removed, other mentions reduced to the name
     * they show, and the little HTML Teams puts into formatted messages undone.
     */
    static String text(Activity activity) {
        String raw = activity.getText() == null ? "" : activity.getText();
        String recipient = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        for (Mention m : mentions(activity)) {
            if (m.getMentioned() != null && recipient != null && recipient.equals(m.getMentioned().getId()) && m.getText() != null) {
                raw = raw.replace(m.getText(), " ");
            }
        }
        return clean(raw);
    }

    /** The text of the message a message action was used on, as a person reads it; "" when it has none. */
    static String messageText(MessageActionsPayload message) {
        if (message == null || message.getBody() == null || message.getBody().getContent() == null) {
            return "";
        }
        String content = message.getBody().getContent();
        return "text".equalsIgnoreCase(message.getBody().getContentType()) ? content.strip() : clean(content);
    }

    static String clean(String raw) {
        String t = raw.replaceAll("(?is)<at>(.*?)</at>", "$1")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
                .replaceAll("<[^>]*>", " ");
        t = t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return t.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", "\n").strip();
    }

    /**
     * In a personal chat everything is for the bot; in a channel or group chat only what mentions it (Teams
     * normally delivers nothing else, but an app with wider permissions would).
     */
    static boolean addressedToBot(Activity activity) {
        ConversationAccount conversation = activity.getConversation();
        String type = conversation == null ? null : conversation.getConversationType();
        if (type == null || type.equals("personal")) {
            return true;
        }
        String recipient = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return mentions(activity).stream().anyMatch(m -> m.getMentioned() != null && recipient != null && recipient.equals(m.getMentioned().getId()));
    }

    /** The person: their Entra ID (Azure AD) object id, which forums files list; else Teams' own id. */
    static String userId(Activity activity) {
        ChannelAccount from = activity.getFrom();
        if (from == null) {
            return null;
        }
        return from.getAadObjectId() != null && !from.getAadObjectId().isBlank() ? from.getAadObjectId() : from.getId();
    }

    static Inbound of(Activity activity, String text) {
        String conversation = activity.getConversation() == null ? null : activity.getConversation().getId();
        return new Inbound(Channel.TEAMS, userId(activity), text, conversation, activity.getId());
    }

    /** A press on one of the bot's card buttons, by the person who pressed it, in the conversation it was pressed in. */
    static Inbound of(Activity activity, InboundAction action) {
        String conversation = activity.getConversation() == null ? null : activity.getConversation().getId();
        return Inbound.of(Channel.TEAMS, userId(activity), conversation, activity.getId(), action);
    }

    private static List<Mention> mentions(Activity activity) {
        try {
            List<Mention> mentions = activity.getMentions();
            return mentions == null ? List.of() : mentions;
        } catch (RuntimeException malformed) {
            return List.of(); // an entity that is not a mention after all
        }
    }
}
