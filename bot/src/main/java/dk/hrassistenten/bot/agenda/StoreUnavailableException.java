package dk.hrassistenten.bot.agenda;

/** The agenda database could not be reached or failed; the change was not stored. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
