package dk.hrassistenten.bot.reply;

import java.util.Locale;

/** The kinds of reply the contract names. */
public enum ReplyKind {
    ANSWER, UNIT, AGENDA, HELP, NOT_FOUND, ERROR;

    /** The contract's spelling: "answer", "not_found" … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
