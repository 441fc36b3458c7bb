package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.InboundAction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of the cards' submit actions. Teams sends it back as the {@code value} of a message activity, merged
 * with the form's inputs (keyed by their ids); {@link #ACTION} says which action it was.
 */
final class CardActions {

    static final String ACTION = "hr_action";
    static final String FEEDBACK = "feedback";
    static final String SHOW_SOURCE = "source";
    static final String AGENDA_FORM = "agenda_form";
    /** Approve or Reject on a proposal's card; "decision" is "approve" or "reject", "id" the proposal's, "reason" the input's. */
    static final String PROPOSAL = "proposal";
    static final String REASON = "reason";
    /** Form fields longer than this are cut (the agenda's own limits are lower and say so). */
    private static final int MAX_FIELD_CHARS = 10_000;
    /** Identifiers (a proposal's id) longer than this are cut: they come back from the client. */
    private static final int MAX_ID_CHARS = 1000;

    private CardActions() {
    }

    /** @param replyId the reply's id, or null when it has none */
    static ObjectNode feedback(boolean helpful, String kind, String path, String replyId) {
        ObjectNode data = action(FEEDBACK);
        data.put("helpful", helpful);
        data.put("kind", kind);
        data.put("path", path);
        if (replyId != null) {
            data.put("reply", replyId);
        }
        return data;
    }

    static ObjectNode showSource(String path, String section) {
        ObjectNode data = action(SHOW_SOURCE);
        data.put("path", path);
        data.put("section", section);
        return data;
    }

    static ObjectNode proposal(long id, boolean approve) {
        ObjectNode data = action(PROPOSAL);
        data.put("decision", approve ? "approve" : "reject");
        data.put("id", Long.toString(id));
        return data;
    }

    static ObjectNode agendaForm() {
        return action(AGENDA_FORM);
    }

    private static ObjectNode action(String name) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(ACTION, name);
        return data;
    }

    /** The action a submitted value names, or "" for anything else. */
    static String name(JsonNode value) {
        return text(value, ACTION);
    }

    /** A text member of a submitted value, cut to a sane length; "" when absent. */
    static String text(JsonNode value, String field) {
        JsonNode node = value == null ? null : value.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return "";
        }
        String text = node.asText();
        return text.length() <= MAX_FIELD_CHARS ? text : text.substring(0, MAX_FIELD_CHARS);
    }

    /** A submitted 👍/👎 as the action it stands for; its kind, path and reply id are taken only as far as they are known. */
    static InboundAction.Feedback feedbackOf(JsonNode value) {
        JsonNode helpful = value == null ? null : value.get("helpful");
        return new InboundAction.Feedback(helpful != null && helpful.asBoolean(false), text(value, "kind"), text(value, "path"), text(value, "reply"));
    }

    /** A submitted "Vis hele kilden" as the action it stands for. */
    static InboundAction.ShowSource showSourceOf(JsonNode value) {
        return new InboundAction.ShowSource(text(value, "path"), text(value, "section"));
    }

    static String shortText(JsonNode value, String field) {
        String text = text(value, field);
        return text.length() <= MAX_ID_CHARS ? text : text.substring(0, MAX_ID_CHARS);
    }

    /** The form's inputs by field name. */
    static Map<String, String> fields(JsonNode value, List<String> names) {
        Map<String, String> fields = new HashMap<>();
        for (String name : names) {
            String text = text(value, name);
            if (!text.isBlank()) {
                fields.put(name, text);
            }
        }
        return fields;
    }
}
