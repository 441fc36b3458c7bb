package dk.hrassistenten.bot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an administrator's YAML file (forums, unit contacts, audiences) into a tree. A syntax error becomes a
 * message an administrator can act on: the file, the line and column, and what the parser expected, instead of
 * the parser's own report (several lines, its internal stream names, the offending line quoted twice).
 */
public final class YamlFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFile() {
    }

    /**
     * @param source how the file is named in messages (its path)
     * @return the document's root; a missing node for an empty file
     * @throws IOException with "SOURCE is not valid YAML: line L, column C: PROBLEM" for a syntax error
     */
    public static JsonNode read(InputStream in, String source) throws IOException {
        try {
            return YAML.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IOException(source + " is not valid YAML: " + where(e.getLocation()) + problem(e.getOriginalMessage()), e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    /**
     * The parser's sentences without its pointers: SnakeYAML writes "while parsing X", the line it was reading
     * with a caret under it, and "expected Y, but got Z"; only the sentences are kept.
     */
    static String problem(String parserMessage) {
        List<String> sentences = new ArrayList<>();
        for (String line : parserMessage.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("at [Source")) {
                sentences.add(line.strip());
            }
        }
        return sentences.isEmpty() ? parserMessage.strip() : String.join("; ", sentences);
    }
}
