package dk.hrassistenten.bot.access;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.config.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who belongs to which audience ({@code --audiences}): documents marked for an audience in their sidecar
 * ({@code audience=ledere}) are shown only to its members, in every channel. Without a file no one is
 * a member, so restricted documents are shown to no one. Immutable.
 *
 * <pre>
 * audiences:
 *   ledere: [U0123ABC, chef@example.org]
 * </pre>
 */
public final class Audiences {

    private final Map<String, Set<String>> byUser;

    private Audiences(Map<String, Set<String>> byUser) {
        this.byUser = Map.copyOf(byUser);
    }

    public static Audiences none() {
        return new Audiences(Map.of());
    }

    public static Audiences load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = YamlFile.read(in, file.toString());
            if (root == null || !root.path("audiences").isObject()) {
                throw new IOException(file + ": expected a map under \"audiences:\" of audience names to lists of user ids");
            }
            Map<String, Set<String>> byUser = new HashMap<>();
            root.path("audiences").fields().forEachRemaining(e -> e.getValue().forEach(member ->
                    byUser.computeIfAbsent(member.asText().strip().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(e.getKey().strip())));
            return new Audiences(byUser.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
        }
    }

    /** The audiences a user belongs to. */
    public Set<String> of(String userId) {
        return byUser.getOrDefault(userId.strip().toLowerCase(Locale.ROOT), Set.of());
    }
}
