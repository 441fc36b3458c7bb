package dk.hrassistenten.bot;

import dk.hrassistenten.bot.reply.ReplyKind;
import java.util.Arrays;

/**
 * A press on one of the assistant's buttons, typed: what an {@link Inbound} carries instead of text when it is not a
 * message. Its values come back from the client, so they are taken only as far as they are known.
 */
public sealed interface InboundAction {

    /** Identifiers (a path, a section) longer than this are cut: they come back from the client and may be stored. */
    int MAX_ID_CHARS = 1000;

    /**
     * 👍 or 👎 on a reply.
     *
     * @param replyKind the wire name of the reply's kind; anything unknown is taken as an answer
     * @param sourcePath the reply's first source, or null
     */
    record Feedback(boolean helpful, String replyKind, String sourcePath) implements InboundAction {
        public Feedback {
            String kind = replyKind;
            replyKind = Arrays.stream(ReplyKind.values()).map(ReplyKind::wireName).filter(k -> k.equals(kind)).findFirst()
                    .orElse(ReplyKind.ANSWER.wireName());
            sourcePath = sourcePath == null || sourcePath.isBlank() ? null : cut(sourcePath);
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

    private static String cut(String id) {
        return id.length() <= MAX_ID_CHARS ? id : id.substring(0, MAX_ID_CHARS);
    }
}
