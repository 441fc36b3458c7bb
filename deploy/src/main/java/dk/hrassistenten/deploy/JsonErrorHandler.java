package dk.hrassistenten.deploy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Jetty's own errors (404, 413, a failure in a servlet) as small JSON bodies: no HTML page, no stack trace. */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() <= 0 ? 500 : response.getStatus();
        String message = switch (status) {
            case 404 -> "Not found.";
            case 405 -> "Method not allowed.";
            case 413, 431 -> "The request is too large.";
            case 400 -> "Bad request.";
            default -> status >= 500 ? "Internal error; nothing was changed." : "Request failed.";
        };
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
