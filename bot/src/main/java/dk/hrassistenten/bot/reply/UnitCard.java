package dk.hrassistenten.bot.reply;

import java.util.List;
import java.util.Objects;

/**
 * The unit a who-question is answered with, as the contract's {@code unit} object. Nullable fields are unknown.
 *
 * @param organization the organisation the unit belongs to
 * @param contact e-mail and telephone as the documents give them ("hr@example.org, tlf. 12 34 56 78")
 */
public record UnitCard(String name, List<String> aliases, String reportsTo, String leader, String location,
                       List<String> matched, String organization, String contact) {
    public UnitCard {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        matched = List.copyOf(matched);
    }

    /** A card without organisation and contact. */
    public UnitCard(String name, List<String> aliases, String reportsTo, String leader, String location, List<String> matched) {
        this(name, aliases, reportsTo, leader, location, matched, null, null);
    }
}
