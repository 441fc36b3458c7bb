package dk.hrassistenten.bot.agenda;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A committee that takes agenda items, as the forums file configures it.
 *
 * @param secretaries chat user ids or e-mail addresses of those who may change its agendas; "*" = anyone
 * @param place where it meets, for the exported agenda; may be null
 * @param deadlineDays proposals close this many days before a meeting; null when they stay open until the day itself
 */
public record Forum(String name, List<String> aliases, List<String> secretaries, LocalTime starts, int defaultMinutes, String place,
                    Integer deadlineDays) {
    public Forum {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        secretaries = List.copyOf(secretaries);
        Objects.requireNonNull(starts, "starts");
        if (deadlineDays != null && deadlineDays < 0) {
            throw new IllegalArgumentException("deadlineDays must not be negative");
        }
    }

    /** A forum whose proposals stay open until the meeting day. */
    public Forum(String name, List<String> aliases, List<String> secretaries, LocalTime starts, int defaultMinutes, String place) {
        this(name, aliases, secretaries, starts, defaultMinutes, place, null);
    }

    /** The last day a proposal for a meeting on {@code date} is taken; the meeting day itself when there is no deadline. */
    public java.time.LocalDate lastDayToPropose(java.time.LocalDate date) {
        return deadlineDays == null ? date : date.minusDays(deadlineDays);
    }

    public boolean isSecretary(String user) {
        String u = user.strip().toLowerCase(Locale.ROOT);
        return secretaries.stream().anyMatch(s -> s.equals("*") || s.strip().toLowerCase(Locale.ROOT).equals(u));
    }
}
