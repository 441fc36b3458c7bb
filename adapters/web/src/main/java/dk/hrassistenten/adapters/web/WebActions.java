package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.InboundAction;

/**
 * The {@code "action"} member of a {@code POST /api/chat} body as the typed action it stands for: the only place the web
 * chat's button presses are read. {@code {"type": "feedback", "helpful": true, "kind": "answer", "path": "…", "reply": "…"}}
 * is 👍/👎 on a reply (its kind, first source's path and id, as the reply gave them); {@code {"type": "show_source", "path": "…",
 * "section": "…"}} asks for a cited section.
 */
final class WebActions {

    /** A member that is no action this service knows, with what to send instead. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private WebActions() {
    }

    static InboundAction of(JsonNode action) throws Invalid {
        if (!action.isObject() || !action.path("type").isTextual()) {
            throw new Invalid("\"action\" must be an object with a string member \"type\" (\"feedback\" or \"show_source\").");
        }
        return switch (action.get("type").asText()) {
            case "feedback" -> {
                if (!action.path("helpful").isBoolean()) {
                    throw new Invalid("A feedback action needs \"helpful\": true or false.");
                }
                yield new InboundAction.Feedback(action.get("helpful").asBoolean(), text(action, "kind"), text(action, "path"),
                        text(action, "reply"));
            }
            case "show_source" -> new InboundAction.ShowSource(text(action, "path"), text(action, "section"));
            default -> throw new Invalid("Unknown action type; send \"feedback\" or \"show_source\".");
        };
    }

    /** A string member, or null when it is absent or not a string (the action then takes it as not given). */
    private static String text(JsonNode action, String member) {
        JsonNode value = action.path(member);
        return value.isTextual() ? value.asText() : null;
    }
}
