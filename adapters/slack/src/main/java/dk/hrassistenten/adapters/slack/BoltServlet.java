package dk.hrassistenten.adapters.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a servlet request to Bolt and writes Bolt's response: what {@code bolt-jakarta-servlet}'s SlackAppServlet
 * does, built on Bolt's own request parser, so that every Slack jar is of one release (that artifact's newest
 * release on the mirror lags Bolt's). Only {@link SignedRequestServlet} calls it, with a body already checked
 * against Slack's signature; the body is read as the exact bytes Slack signed, in UTF-8.
 */
final class BoltServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(BoltServlet.class);

    private final transient App app;
    private final transient SlackRequestParser parser;

    BoltServlet(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(request.getRequestURI())
                .queryString(QueryStringParser.toMap(request.getQueryString()))
                .headers(new RequestHeaders(headers(request)))
                .requestBody(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .remoteAddress(request.getRemoteAddr())
                .build());
        if (slackRequest == null) {
            write(response, Response.builder().statusCode(400).contentType("text/plain; charset=utf-8").body("Invalid Request").build());
            return;
        }
        Response answer;
        try {
            answer = app.run(slackRequest);
        } catch (Exception e) {
            LOG.error("Bolt failed to handle a Slack request ({})", e.getClass().getName(), e);
            write(response, Response.builder().statusCode(500).contentType("application/json").body("{\"error\":\"internal error\"}").build());
            return;
        }
        write(response, answer);
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static void write(HttpServletResponse response, Response answer) throws IOException {
        response.setStatus(answer.getStatusCode());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (answer.getContentType() != null) {
            response.setHeader("Content-Type", answer.getContentType());
        }
        if (answer.getBody() != null) {
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(answer.getBody());
        }
    }
}
