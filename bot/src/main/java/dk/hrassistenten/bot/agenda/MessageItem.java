package dk.hrassistenten.bot.agenda;

import java.util.Map;

/**
 * The start of an agenda item made from a chat message ("Gør til dagsordenspunkt" in Slack and Teams): the
 * agenda form with the message as its sagsfremstilling and a link back to the message, for the secretary to
 * complete. Nothing is stored until the form is submitted.
 */
public final class MessageItem {

    private MessageItem() {
    }

    /** The form's fields, with a message as long as a sagsfremstilling may be. */
    public static Map<String, String> fields(String message, String link) {
        return fields(message, link, AgendaCommand.MAX_DESCRIPTION);
    }

    /**
     * @param message the message's text as a person reads it
     * @param link where the message is, or null when the platform gives no link
     * @param maxChars the longest value the platform's form field takes; a longer message is cut, with "…"
     * @return the form's fields by {@link AgendaCommand#FORM_FIELDS} name
     */
    public static Map<String, String> fields(String message, String link, int maxChars) {
        String tail = link == null ? "" : "\n\nFra beskeden: " + link;
        String text = message == null ? "" : message.strip();
        int room = maxChars - tail.length();
        if (text.length() > room) {
            text = text.substring(0, Math.max(0, room - 1)).stripTrailing() + "…";
        }
        return Map.of("sagsfremstilling", (text + tail).strip());
    }
}
