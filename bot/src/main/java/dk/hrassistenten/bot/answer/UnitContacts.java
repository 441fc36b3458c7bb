package dk.hrassistenten.bot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.config.YamlFile;
import dk.hrassistenten.knowledge.units.Unit;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The optional administrator file of unit contact details and extra aliases ({@code --units}), matched to
 * the extracted units by name, former name or short form. The directory is complete without it; this
 * only adds how to reach a unit. Immutable.
 *
 * <pre>
 * units:
 *   - unit: Stab                 # a name, former name or short form the directory knows
 *     aliases: [HR-jura]         # more names people use
 *     email: hr-stab@example.org
 *     phone: "+45 1234 5678"
 *     slack: "#hr-stab"
 *     teams: HR Stab
 * </pre>
 */
public final class UnitContacts {

    /** One unit's entry. Null members are not given. */
    public record Entry(String unit, List<String> aliases, String email, String phone, String slack, String teams) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Entry> entries;

    public UnitContacts(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static UnitContacts none() {
        return new UnitContacts(List.of());
    }

    public static UnitContacts load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = YamlFile.read(in, file.toString());
            if (root == null || !root.path("units").isArray()) {
                throw new IOException(file + ": expected a list under \"units:\"");
            }
            List<Entry> entries = new ArrayList<>();
            int index = 0;
            for (JsonNode u : root.path("units")) {
                index++;
                String unit = u.path("unit").asText("").strip();
                if (unit.isEmpty()) {
                    throw new IOException(file + ", entry " + index + ": \"unit\" is missing");
                }
                List<String> aliases = new ArrayList<>();
                u.path("aliases").forEach(a -> aliases.add(a.asText().strip()));
                entries.add(new Entry(unit, aliases, text(u, "email"), text(u, "phone"), text(u, "slack"), text(u, "teams")));
            }
            return new UnitContacts(entries);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isBlank() ? node.get(field).asText().strip() : null;
    }

    /** The entry for a unit of the directory. */
    public Optional<Entry> of(Unit unit, UnitDirectory directory) {
        return entries.stream().filter(e -> directory.find(e.unit()).filter(u -> u.name().equals(unit.name())).isPresent()).findFirst();
    }

    /** The unit an administrator's alias names, if any. */
    public Optional<Unit> byAlias(String name, UnitDirectory directory) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key)))
                .findFirst().flatMap(e -> directory.find(e.unit()));
    }
}
