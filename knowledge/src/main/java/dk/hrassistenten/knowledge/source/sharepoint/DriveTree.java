package dk.hrassistenten.knowledge.source.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library's folders and files by id, as delta queries report them. Graph's delta responses carry no paths (a
 * renamed folder does not report its children), so a file's path is found by walking its parents here. Mutable;
 * one fetch works on its own copy, so a failed fetch leaves the last good tree.
 */
final class DriveTree {

    /** A folder or file as the tree needs it; {@code version} is its content tag, which only content changes move. */
    record Item(String id, String name, String parentId, boolean file, String version, long size, long lastModifiedMillis) {

        static Item of(JsonNode driveItem) {
            String version = driveItem.hasNonNull("cTag") ? driveItem.get("cTag").asText() : driveItem.path("eTag").asText(null);
            return new Item(driveItem.path("id").asText(), driveItem.path("name").asText(), driveItem.path("parentReference").path("id").asText(null),
                    driveItem.has("file"), version, driveItem.path("size").asLong(), millis(driveItem.path("lastModifiedDateTime").asText()));
        }

        private static long millis(String timestamp) {
            try {
                return Instant.parse(timestamp).toEpochMilli();
            } catch (DateTimeParseException e) {
                return 0L;
            }
        }
    }

    /** Deeper than this is a loop in what Graph said, not a folder structure. */
    private static final int MAX_DEPTH = 64;

    private final Map<String, Item> items;

    private DriveTree(Map<String, Item> items) {
        this.items = items;
    }

    static DriveTree empty() {
        return new DriveTree(new HashMap<>());
    }

    DriveTree copy() {
        return new DriveTree(new HashMap<>(items));
    }

    /**
     * Applies one delta item: a {@code deleted} facet removes it (its children, if Graph does not list them too,
     * lose their path and so drop out), anything else adds or replaces it.
     */
    void apply(JsonNode driveItem) {
        String id = driveItem.path("id").asText();
        if (driveItem.has("deleted")) {
            items.remove(id);
        } else {
            items.put(id, Item.of(driveItem));
        }
    }

    /** Every file the tree holds, in no particular order. */
    List<Item> files() {
        return items.values().stream().filter(Item::file).toList();
    }

    /**
     * A file's path from the library's root ("Ferie/politik.docx") when it lies below {@code scopeId} (the folder a
     * source reads, or the root); empty when it does not, or when a folder on its way is no longer known.
     */
    Optional<String> pathOf(Item file, String rootId, String scopeId) {
        List<String> names = new ArrayList<>(List.of(file.name()));
        boolean inScope = scopeId.equals(rootId);
        String parent = file.parentId();
        for (int depth = 0; parent != null && depth < MAX_DEPTH; depth++) {
            if (parent.equals(scopeId)) {
                inScope = true;
            }
            if (parent.equals(rootId)) {
                if (!inScope) {
                    return Optional.empty();
                }
                Collections.reverse(names);
                return Optional.of(String.join("/", names));
            }
            Item folder = items.get(parent);
            if (folder == null) {
                return Optional.empty();
            }
            names.add(folder.name());
            parent = folder.parentId();
        }
        return Optional.empty();
    }
}
