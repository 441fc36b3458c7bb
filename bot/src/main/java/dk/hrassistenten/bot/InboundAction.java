package dk.hrassistenten.bot;

import dk.hrassistenten.bot.reply.ReplyKind;
import java.util.Arrays;

/**
 * A press on one of the assistant's buttons or a submitted form, typed: what an {@link Inbound} carries instead of text
 * when it is not a message. Its values come back from the client, so they are taken only as far as they are known.
 */
public sealed interface InboundAction {

    /** Identifiers (a path, a section) longer than this are cut: they come back from the client and may be stored. */
    int MAX_ID_CHARS = 1000;

    /**
     * 👍 or 👎 on a reply.
     *
     * @param replyKind the wire name of the reply's kind; anything unknown is taken as an answer
     * @param sourcePath the reply's first source, or null
     * @param replyId the reply's {@link dk.hrassistenten.bot.reply.Reply#id id}, or null; anything that is no id the
     *     assistant gives is taken as none
     */
    record Feedback(boolean helpful, String replyKind, String sourcePath, String replyId) implements InboundAction {
        private static final java.util.regex.Pattern REPLY_ID = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

        public Feedback {
            String kind = replyKind;
            replyKind = Arrays.stream(ReplyKind.values()).map(ReplyKind::wireName).filter(k -> k.equals(kind)).findFirst()
                    .orElse(ReplyKind.ANSWER.wireName());
            sourcePath = sourcePath == null || sourcePath.isBlank() ? null : cut(sourcePath);
            replyId = replyId != null && REPLY_ID.matcher(replyId).matches() ? replyId : null;
        }
    }

    /**
     * "Show the whole source" on a cited passage.
     *
     * @param section the heading path as sources give it, or "" for the whole document
     */
    record ShowSource(String path, String section) implements InboundAction {
        public ShowSource {
            path = path == null ? "" : cut(path);
            section = section == null ? "" : cut(section);
        }
    }

    /**
     * A new agenda item's form (Slack's modal, Teams' form card and dialog), submitted. It is checked field by field; a
     * form with mistakes is answered with an error reply whose agenda member names them by field
     * ({@link dk.hrassistenten.bot.agenda.AgendaCommand#fieldErrors}), and nothing is stored.
     *
     * @param fields the values by the form's field names ({@link dk.hrassistenten.bot.agenda.AgendaCommand#FORM_FIELDS});
     *     others are ignored, and a value longer than {@link #MAX_FIELD_CHARS} is cut (the command refuses it as too long)
     */
    record AgendaForm(java.util.Map<String, String> fields) implements InboundAction {
        /** Longer than any field the agenda takes, so that a cut value is still refused as too long. */
        public static final int MAX_FIELD_CHARS = 10_000;

        public AgendaForm {
            java.util.Map<String, String> kept = new java.util.LinkedHashMap<>();
            if (fields != null) {
                fields.forEach((name, value) -> {
                    if (name != null && value != null && dk.hrassistenten.bot.agenda.AgendaCommand.FORM_FIELDS.contains(name)) {
                        kept.put(name, value.length() <= MAX_FIELD_CHARS ? value : value.substring(0, MAX_FIELD_CHARS));
                    }
                });
            }
            fields = java.util.Collections.unmodifiableMap(kept);
        }
    }

    private static String cut(String id) {
        return id.length() <= MAX_ID_CHARS ? id : id.substring(0, MAX_ID_CHARS);
    }
}
