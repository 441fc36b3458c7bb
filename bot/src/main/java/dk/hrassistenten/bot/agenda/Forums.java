package dk.hrassistenten.bot.agenda;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.config.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The forums of the forums file (contract.md), found by name or alias ignoring case. Immutable. */
public final class Forums {

    private static final String EXAMPLE = "forums.example.yaml";
    private static final int MAX_DEADLINE_DAYS = 365;
    private final List<Forum> forums;

    public Forums(List<Forum> forums) {
        this.forums = List.copyOf(forums);
        Set<String> names = new HashSet<>();
        for (Forum f : this.forums) {
            for (String n : names(f)) {
                if (!names.add(key(n))) {
                    throw new IllegalArgumentException("the forum name or alias \"" + n + "\" is used twice");
                }
            }
        }
    }

    /** Reads a forums file; the message of the exception says what is wrong and where. */
    public static Forums load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /** The example shipped with the service, for trials without a forums file of one's own. */
    public static Forums example() {
        try (InputStream in = Forums.class.getResourceAsStream(EXAMPLE)) {
            return parse(in, EXAMPLE);
        } catch (IOException e) {
            throw new IllegalStateException("the shipped forums example is unreadable", e);
        }
    }

    static Forums parse(InputStream in, String source) throws IOException {
        JsonNode root = YamlFile.read(in, source);
        if (root == null || !root.path("forums").isArray()) {
            throw new IOException(source + ": expected a list under \"forums:\"");
        }
        List<Forum> forums = new ArrayList<>();
        int index = 0;
        for (JsonNode f : root.path("forums")) {
            index++;
            String where = source + ", forum " + index;
            String name = f.path("name").asText("").strip();
            if (name.isEmpty()) {
                throw new IOException(where + ": \"name\" is missing");
            }
            LocalTime starts;
            try {
                starts = LocalTime.parse(f.path("starts").asText("09:00").strip().replace('.', ':'));
            } catch (DateTimeParseException e) {
                throw new IOException(where + " (" + name + "): \"starts\" must be a time such as \"14:00\"");
            }
            int minutes = f.path("default_minutes").asInt(10);
            if (minutes <= 0 || minutes > 480) {
                throw new IOException(where + " (" + name + "): \"default_minutes\" must be between 1 and 480");
            }
            List<String> secretaries = strings(f.path("secretaries"));
            if (secretaries.isEmpty()) {
                throw new IOException(where + " (" + name + "): list at least one secretary (a user id, an e-mail address, or \"*\")");
            }
            Integer deadlineDays = null;
            if (f.hasNonNull("deadline_days")) {
                JsonNode d = f.get("deadline_days");
                if (!d.canConvertToInt() || !d.isIntegralNumber() || d.asInt() < 0 || d.asInt() > MAX_DEADLINE_DAYS) {
                    throw new IOException(where + " (" + name + "): \"deadline_days\" must be a whole number of days from 0 to " + MAX_DEADLINE_DAYS);
                }
                deadlineDays = d.asInt();
            }
            forums.add(new Forum(name, strings(f.path("aliases")), secretaries, starts, minutes,
                    f.hasNonNull("place") ? f.get("place").asText().strip() : null, deadlineDays));
        }
        try {
            return new Forums(forums);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText().strip()));
        } else if (node.isTextual()) {
            out.add(node.asText().strip());
        }
        return out.stream().filter(s -> !s.isEmpty()).toList();
    }

    public List<Forum> all() {
        return forums;
    }

    public Optional<Forum> find(String nameOrAlias) {
        String k = key(nameOrAlias);
        return forums.stream().filter(f -> names(f).stream().anyMatch(n -> key(n).equals(k))).findFirst();
    }

    /** The forum names closest to a misspelt one, best first. */
    public List<String> closest(String nameOrAlias, int max) {
        String k = key(nameOrAlias);
        return forums.stream()
                .sorted(Comparator.comparingInt(f -> names(f).stream().mapToInt(n -> distance(key(n), k)).min().orElse(Integer.MAX_VALUE)))
                .limit(max).map(Forum::name).toList();
    }

    private static List<String> names(Forum f) {
        List<String> names = new ArrayList<>(f.aliases());
        names.add(0, f.name());
        return names;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Levenshtein distance; a name containing the other counts as close. */
    static int distance(String a, String b) {
        if (a.contains(b) || b.contains(a)) {
            return Math.abs(a.length() - b.length()) / 4;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
