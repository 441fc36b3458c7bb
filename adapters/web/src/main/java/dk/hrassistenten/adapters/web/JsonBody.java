package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dk.hrassistenten.bot.reply.ReplyJson;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request body read as exactly one JSON value, or refused with the status and a message a client can act on:
 * only {@code application/json} (in UTF-8), at most {@link #MAX_BYTES}, valid UTF-8, nothing after the value, and
 * no member twice. A lenient reader would let two parties read one body differently ({@code "user"} twice: which
 * one counts?), so every doubt is a refusal.
 */
final class JsonBody {

    /** Bodies above this are refused: a question is a few hundred bytes. */
    static final int MAX_BYTES = 64 * 1024;
    /** Oversized bodies up to this much are read and discarded; beyond it the connection is simply closed. */
    private static final int DRAIN_BYTES = 1024 * 1024;
    private static final ObjectReader READER = ReplyJson.mapper().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Why a body was refused: the HTTP status and a message for the client. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private JsonBody() {
    }

    /** @return the body's JSON value; null for an empty body */
    static JsonNode read(HttpServletRequest request) throws IOException, Refused {
        if (!isJson(request.getContentType())) {
            throw new Refused(415, "Send the body as Content-Type: application/json (UTF-8).");
        }
        return parse(decode(bytes(request)));
    }

    /** {@code application/json}, with no charset or UTF-8: JSON on the wire is UTF-8 (RFC 8259). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")
                    && (parameter.length < 2 || !parameter[1].strip().replace("\"", "").toLowerCase(Locale.ROOT).equals("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(HttpServletRequest request) throws IOException, Refused {
        try (InputStream in = request.getInputStream()) {
            byte[] body = request.getContentLengthLong() > MAX_BYTES ? new byte[MAX_BYTES + 1] : in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                // Read what a reasonable client sends before answering, so that it sees the 413 rather than a reset.
                drain(in);
                throw new Refused(413, "The request body is larger than " + MAX_BYTES + " bytes.");
            }
            return body;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < DRAIN_BYTES && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    /** Strict decoding: {@code new String(bytes, UTF_8)} would quietly turn bad bytes into U+FFFD. */
    static String decode(byte[] body) throws Refused {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "The body is not valid UTF-8. Send JSON encoded as UTF-8.");
        }
    }

    /** @return the one JSON value in {@code text}; null when it holds none */
    static JsonNode parse(String text) throws IOException, Refused {
        try (JsonParser parser = READER.createParser(text)) {
            JsonNode value;
            try {
                value = READER.readTree(parser);
            } catch (StreamReadException e) {
                throw refusal(parser, e);
            }
            // Checked here rather than by FAIL_ON_TRAILING_TOKENS, which reports garbage after the value as a
            // syntax error of its own; this way every kind of leftover gets the same clear answer.
            boolean more;
            try {
                more = parser.nextToken() != null;
            } catch (StreamReadException e) {
                more = true;
            }
            if (more) {
                throw new Refused(400, "There is more after the JSON object (line " + parser.currentLocation().getLineNr() + ", column "
                        + parser.currentLocation().getColumnNr() + "). Send exactly one JSON object.");
            }
            return value;
        }
    }

    private static Refused refusal(JsonParser parser, StreamReadException e) throws IOException {
        // STRICT_DUPLICATE_DETECTION has no exception type of its own; its message, and the parser's current name,
        // tell which member came twice.
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field") && parser.currentName() != null) {
            return new Refused(400, "The member \"" + parser.currentName() + "\" appears twice. Send each member once.");
        }
        return new Refused(400, "The body is not valid JSON (line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr()
                + "). Send {\"text\": \"...\"}.");
    }
}
