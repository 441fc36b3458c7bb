package dk.hrassistenten.knowledge.source.sharepoint;

import java.io.IOException;

/** Microsoft Graph answered with an error status; the status says whether the fetch can go on (404, 410) or not. */
final class GraphStatusException extends IOException {

    private final int status;
    private final boolean refused;

    /** @param refused whether Graph refused the app itself (401, 403 to a call with its token) */
    GraphStatusException(int status, boolean refused, String message) {
        super(message);
        this.status = status;
        this.refused = refused;
    }

    int status() {
        return status;
    }

    /**
     * Graph refused the app's token (401, 403): the app is not (or no longer) allowed to read, and nothing later in the
     * fetch would be either. A pre-authenticated download URL that refuses is one file's problem, not this.
     */
    boolean refused() {
        return refused;
    }
}
