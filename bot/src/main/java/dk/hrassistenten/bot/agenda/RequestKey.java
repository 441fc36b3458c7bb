package dk.hrassistenten.bot.agenda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes a retried delivery recognisable, so that it changes nothing twice. A channel's id of a delivery
 * is not unique on its own (a web client may reuse an {@code X-Request-Id}), so a replay is the same id with
 * the same fingerprint: the same person sending the same command. The same id with another command, or from
 * another person, is a new request.
 *
 * @param id the channel and its id of the delivery ("slack:Ev123")
 * @param fingerprint a SHA-256 of the user and the command with its spacing normalised, in hex
 */
public record RequestKey(String id, String fingerprint) {
    public RequestKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The key of a delivery, or null when the channel gives no id (then nothing is taken for a replay). */
    public static RequestKey of(String channel, String requestId, String user, String command) {
        if (requestId == null || requestId.isBlank()) {
            return null;
        }
        String normalised = user.strip().toLowerCase(Locale.ROOT) + "\n" + command.strip().replaceAll("\\s+", " ");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return new RequestKey(channel + ":" + requestId, HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
