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
 */
public record Forum(String name, List<String> aliases, List<String> secretaries, LocalTime starts, int defaultMinutes, String place) {
    public Forum {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        secretaries = List.copyOf(secretaries);
        Objects.requireNonNull(starts, "starts");
    }

    public boolean isSecretary(String user) {
        String u = user.strip().toLowerCase(Locale.ROOT);
        return secretaries.stream().anyMatch(s -> s.equals("*") || s.strip().toLowerCase(Locale.ROOT).equals(u));
    }
}
