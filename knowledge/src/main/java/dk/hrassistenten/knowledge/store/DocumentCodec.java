package dk.hrassistenten.knowledge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentKind;
import dk.hrassistenten.knowledge.document.DocumentMetadata;
import dk.hrassistenten.knowledge.document.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed document, and the abbreviations a document defines, as JSON in the store: read back without parsing the text again. */
final class DocumentCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentCodec() {
    }

    static String write(Document d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("path", d.path());
        DocumentMetadata m = d.metadata();
        ObjectNode meta = root.putObject("metadata");
        meta.put("title", m.title());
        meta.put("kind", m.kind().name());
        meta.put("organization", m.organization());
        meta.put("committee", m.committee());
        meta.put("date", m.date() == null ? null : m.date().toString());
        strings(meta.putArray("caseNumbers"), m.caseNumbers());
        meta.put("audience", m.audience());
        ArrayNode sections = root.putArray("sections");
        for (Section s : d.sections()) {
            ObjectNode section = sections.addObject();
            strings(section.putArray("headings"), s.headings());
            section.put("body", s.body());
            section.put("caseNumber", s.caseNumber());
            section.put("question", s.question());
        }
        return root.toString();
    }

    static Document read(String json) {
        JsonNode root = tree(json);
        JsonNode meta = root.get("metadata");
        DocumentMetadata metadata = new DocumentMetadata(meta.get("title").asText(), DocumentKind.valueOf(meta.get("kind").asText()),
                text(meta, "organization"), text(meta, "committee"), meta.get("date").isNull() ? null : LocalDate.parse(meta.get("date").asText()),
                strings(meta.get("caseNumbers")), text(meta, "audience"));
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : root.get("sections")) {
            sections.add(new Section(strings(s.get("headings")), s.get("body").asText(), text(s, "caseNumber"), s.get("question").asBoolean()));
        }
        return new Document(root.get("path").asText(), metadata, sections);
    }

    static String writeAbbreviations(Map<String, List<String>> abbreviations) {
        ObjectNode root = JSON.createObjectNode();
        abbreviations.forEach((abbreviation, names) -> strings(root.putArray(abbreviation), names));
        return root.toString();
    }

    static Map<String, List<String>> readAbbreviations(String json) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        tree(json).fields().forEachRemaining(e -> out.put(e.getKey(), strings(e.getValue())));
        return out;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not valid JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
