package dk.hrassistenten.knowledge.source;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as the sources file writes it (a schedule, a delay, a timeout): {@code 500ms}, {@code 30s}, {@code 5m},
 * {@code 1h}, {@code 1d}, or ISO-8601 ({@code PT5M}). One parser for every kind of source, so that the file reads alike.
 */
public final class Intervals {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|[smhd])");

    private Intervals() {
    }

    /**
     * @param key   the setting's name, for the message
     * @param value what the file gives (a plain number has no unit and is refused: seconds or minutes?)
     * @throws IllegalArgumentException naming the setting and the forms it takes
     */
    public static Duration parse(String key, Object value) {
        return parse(key, value, false);
    }

    /**
     * As {@link #parse(String, Object)}, allowing {@code 0} (a delay that may be none) when {@code zeroAllowed}.
     */
    public static Duration parse(String key, Object value, boolean zeroAllowed) {
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        if (zeroAllowed && text.equals("0")) {
            return Duration.ZERO; // none is none in any unit
        }
        Matcher m = SHORT.matcher(text);
        try {
            Duration d;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                d = Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (!d.isNegative() && (zeroAllowed || !d.isZero())) {
                return d;
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException("\"" + key + "\" must be a time such as 500ms, 30s, 5m, 1h or 1d, not \"" + value + "\"");
    }
}
