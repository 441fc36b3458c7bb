package dk.hrassistenten.adapters.slack;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: checks Slack's signature on the raw body before Bolt sees the request, and hands
 * Bolt only signed requests. Bolt parses the body before its own signature check, so an unsigned malformed body
 * used to reach its parser and end in a 500 with a stack trace; now anyone without the signing secret gets 401
 * and one log line.
 */
final class SignedRequestServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(SignedRequestServlet.class);
    /** Slack's largest payloads (a modal's state) are far below this; the body is held in memory before it is trusted. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final transient StrictRequestVerifier verifier;
    private final HttpServlet bolt;

    SignedRequestServlet(StrictRequestVerifier verifier, HttpServlet bolt) {
        this.verifier = verifier;
        this.bolt = bolt;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        bolt.init(config);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(response, 413, "body larger than " + MAX_BODY_BYTES + " bytes", request);
            return;
        }
        Optional<String> refusal = verifier.refusal(request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("X-Slack-Signature"), body);
        if (refusal.isPresent()) {
            refuse(response, 401, refusal.get(), request);
            return;
        }
        bolt.service(new ReadAgain(request, body), response);
    }

    private static void refuse(HttpServletResponse response, int status, String reason, HttpServletRequest request) throws IOException {
        LOG.warn("Slack request refused ({}, from {}): {}", status, request.getRemoteAddr(), reason);
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"invalid request\"}");
    }

    @Override
    public void destroy() {
        bolt.destroy();
        super.destroy();
    }

    /** The request with its body read once here and given again to Bolt, which reads it through getReader. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            // Slack sends JSON or form-encoded ASCII, both UTF-8, whatever the header says or omits.
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
