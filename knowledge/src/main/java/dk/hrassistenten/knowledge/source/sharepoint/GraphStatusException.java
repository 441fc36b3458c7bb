package dk.hrassistenten.knowledge.source.sharepoint;

import java.io.IOException;

/** Microsoft Graph answered with an error status; the status says whether the fetch can go on (404, 410) or not. */
final class GraphStatusException extends IOException {

    private final int status;

    GraphStatusException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    /** 401 or 403: the app is not (or no longer) allowed to read; nothing later in the fetch would be either. */
    boolean refused() {
        return status == 401 || status == 403;
    }
}
