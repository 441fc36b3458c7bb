package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Activities as Microsoft Teams sends them to a bot (the Bot Framework activity schema with Teams' channel data):
 * personal messages, channel messages with an {@code <at>} mention, and card submits.
 */
public final class TeamsActivities {

    public static final String BOT_ID = "28:hr-assistant-app";
    public static final String BOT_NAME = "HR-assistenten";
    public static final String TENANT = "72f988bf-0000-4000-8000-2d7cd011db47";
    private static final AtomicLong IDS = new AtomicLong(1_700_000_000_000L);

    private final String serviceUrl;

    public TeamsActivities(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    /** A message in a personal (1:1) chat with the bot. */
    public ObjectNode personal(String user, String text) {
        ObjectNode a = base(user, "personal", "a:1personal-" + user);
        a.put("text", text);
        return a;
    }

    /** A channel message that mentions the bot, as Teams writes it: the mention inside the text and as an entity. */
    public ObjectNode channelMention(String user, String text) {
        ObjectNode a = base(user, "channel", "19:general@thread.tacv2;messageid=" + IDS.get());
        String mention = "<at>" + BOT_NAME + "</at>";
        a.put("text", mention + " " + text);
        ObjectNode entity = a.withArray("entities").addObject();
        entity.put("type", "mention");
        entity.put("text", mention);
        ObjectNode mentioned = entity.putObject("mentioned");
        mentioned.put("id", BOT_ID);
        mentioned.put("name", BOT_NAME);
        ObjectNode channelData = a.withObject("channelData");
        channelData.put("teamsChannelId", "19:general@thread.tacv2");
        channelData.put("teamsTeamId", "19:team@thread.tacv2");
        channelData.putObject("channel").put("id", "19:general@thread.tacv2");
        channelData.putObject("team").put("id", "19:team@thread.tacv2");
        return a;
    }

    /** What Teams sends when a person installs the bot in their personal scope: a conversationUpdate adding the bot. */
    public ObjectNode installedPersonally(String user) {
        ObjectNode a = base(user, "personal", "a:1personal-" + user);
        a.put("type", "conversationUpdate");
        a.remove("textFormat");
        a.putArray("membersAdded").addObject().put("id", BOT_ID);
        ((ObjectNode) a.get("channelData")).put("eventType", "teamMemberAdded");
        return a;
    }

    /** The same for a team: the bot added to a team's channels. */
    public ObjectNode installedInATeam(String user) {
        ObjectNode a = base(user, "channel", "19:general@thread.tacv2");
        a.put("type", "conversationUpdate");
        a.remove("textFormat");
        a.putArray("membersAdded").addObject().put("id", BOT_ID);
        ObjectNode channelData = (ObjectNode) a.get("channelData");
        channelData.put("eventType", "teamMemberAdded");
        channelData.putObject("team").put("id", "19:team@thread.tacv2");
        return a;
    }

    /** A channel message that does not mention the bot. */
    public ObjectNode channelChatter(String user, String text) {
        ObjectNode a = base(user, "channel", "19:general@thread.tacv2;messageid=" + IDS.get());
        a.put("text", text);
        return a;
    }

    /** What Teams sends when a person presses an Action.Submit on one of the bot's cards. */
    public ObjectNode submit(String user, ObjectNode value) {
        ObjectNode a = base(user, "personal", "a:1personal-" + user);
        a.put("replyToId", "reply-1");
        a.set("value", value);
        return a;
    }

    /**
     * What Teams sends for a message action: an invoke ({@code composeExtension/fetchTask} when the dialog opens,
     * {@code composeExtension/submitAction} when its form is sent) whose value names the command and carries the message.
     *
     * @param data the submitted form's values, or null for a fetch
     */
    public ObjectNode messageAction(String user, String name, String commandId, String messageHtml, ObjectNode data) {
        ObjectNode a = base(user, "channel", "19:general@thread.tacv2;messageid=1700000000000");
        a.put("type", "invoke");
        a.put("name", name);
        a.remove("textFormat");
        ObjectNode value = a.putObject("value");
        value.put("commandId", commandId);
        value.put("commandContext", "message");
        value.putObject("context").put("theme", "default");
        if (data != null) {
            value.set("data", data);
        }
        ObjectNode message = value.putObject("messagePayload");
        message.put("id", "1700000000000");
        message.put("messageType", "message");
        message.put("createdDateTime", "2026-11-20T09:00:00.000Z");
        message.put("importance", "normal");
        message.put("locale", "da-dk");
        message.put("linkToMessage", "https://teams.microsoft.com/l/message/19:general@thread.tacv2/1700000000000?tenantId=" + TENANT);
        message.putObject("from").putObject("user").put("id", "aad-bo").put("displayName", "Bo").put("userIdentityType", "aadUser");
        message.putObject("body").put("contentType", "html").put("content", messageHtml);
        message.putArray("attachments");
        message.putArray("mentions");
        message.putArray("reactions");
        ObjectNode channelData = a.withObject("channelData");
        channelData.putObject("channel").put("id", "19:general@thread.tacv2");
        channelData.putObject("team").put("id", "19:team@thread.tacv2");
        return a;
    }

    private ObjectNode base(String user, String conversationType, String conversationId) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        a.put("type", "message");
        a.put("id", Long.toString(IDS.incrementAndGet()));
        a.put("timestamp", Instant.now().toString());
        a.put("localTimestamp", Instant.now().toString());
        a.put("serviceUrl", serviceUrl);
        a.put("channelId", "msteams");
        ObjectNode from = a.putObject("from");
        from.put("id", "29:1" + user);
        from.put("name", user);
        from.put("aadObjectId", "aad-" + user);
        ObjectNode conversation = a.putObject("conversation");
        conversation.put("conversationType", conversationType);
        conversation.put("tenantId", TENANT);
        conversation.put("id", conversationId);
        if (!conversationType.equals("personal")) {
            conversation.put("isGroup", true);
        }
        ObjectNode recipient = a.putObject("recipient");
        recipient.put("id", BOT_ID);
        recipient.put("name", BOT_NAME);
        a.put("textFormat", "plain");
        a.put("locale", "da-DK");
        a.putArray("entities").addObject().put("type", "clientInfo").put("locale", "da-DK").put("country", "DK").put("platform", "Web");
        a.putObject("channelData").putObject("tenant").put("id", TENANT);
        return a;
    }
}
