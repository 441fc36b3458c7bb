package dk.hrassistenten.bot.agenda;

import java.util.List;

/**
 * Input a person must fix (unknown forum, bad date, missing title …). Nothing was stored. Carries a key
 * of the user texts ({@code agenda.error.*}) and its arguments, so the reply comes in the asker's language.
 */
public final class AgendaException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public AgendaException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
