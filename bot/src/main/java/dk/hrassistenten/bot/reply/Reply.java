package dk.hrassistenten.bot.reply;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one reply model every channel renders (contract.md). {@code unit} is non-null exactly for
 * {@link ReplyKind#UNIT}; {@code agenda} is the agenda payload for agenda replies, else null. {@code id} names an answer
 * that 👍/👎 can be given on, so that the feedback is stored with the question and reply it was on
 * ({@link dk.hrassistenten.bot.feedback.FeedbackStore}); null for other replies, and where nothing is kept.
 */
public record Reply(ReplyKind kind, String text, UnitCard unit, List<Source> sources, Map<String, Object> agenda, String id) {

    /** A reply without an id. */
    public Reply(ReplyKind kind, String text, UnitCard unit, List<Source> sources, Map<String, Object> agenda) {
        this(kind, text, unit, sources, agenda, null);
    }

    public Reply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        if ((kind == ReplyKind.UNIT) != (unit != null)) {
            throw new IllegalArgumentException("a unit reply carries a unit, and only a unit reply does");
        }
    }

    /** The same reply under an id that feedback on it names. */
    public Reply withId(String replyId) {
        return new Reply(kind, text, unit, sources, agenda, replyId);
    }

    public static Reply answer(String text, List<Source> sources) {
        return new Reply(ReplyKind.ANSWER, text, null, sources, null);
    }

    public static Reply unit(String text, UnitCard unit, List<Source> sources) {
        return new Reply(ReplyKind.UNIT, text, unit, sources, null);
    }

    public static Reply notFound(String text) {
        return new Reply(ReplyKind.NOT_FOUND, text, null, List.of(), null);
    }

    public static Reply help(String text) {
        return new Reply(ReplyKind.HELP, text, null, List.of(), null);
    }

    public static Reply error(String text) {
        return new Reply(ReplyKind.ERROR, text, null, List.of(), null);
    }
}
