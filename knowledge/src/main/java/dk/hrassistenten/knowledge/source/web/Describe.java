package dk.hrassistenten.knowledge.source.web;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** A network failure as a person reads it in a warning or a source's report: what happened, not a stack trace. */
final class Describe {

    private Describe() {
    }

    static String of(Exception e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within the timeout";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within the timeout";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
