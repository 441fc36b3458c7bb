package dk.hrassistenten.knowledge.source;

import java.util.Map;

/** Makes a source of one kind (web, sharepoint) from its entry in the sources file. */
@FunctionalInterface
public interface SourceFactory {

    /**
     * @param name  the entry's name, unique in the file
     * @param entry the entry as YAML gives it: strings, numbers, booleans, lists and maps, keys as written
     * @throws IllegalArgumentException when a setting is missing or wrong; its message says which and how to fix it
     */
    DocumentSource create(String name, Map<String, Object> entry);
}
