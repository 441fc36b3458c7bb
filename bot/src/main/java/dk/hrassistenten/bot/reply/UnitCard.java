package dk.hrassistenten.bot.reply;

import java.util.List;
import java.util.Objects;

/** The unit a who-question is answered with, as the contract's {@code unit} object. Nullable fields are unknown. */
public record UnitCard(String name, List<String> aliases, String reportsTo, String leader, String location,
                       List<String> matched) {
    public UnitCard {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        matched = List.copyOf(matched);
    }
}
