package dk.hrassistenten.bot.reply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a {@link Reply} as the contract's JSON object, on a single line. Thread-safe. */
public final class ReplyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private ReplyJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toNode(Reply reply) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", reply.kind().wireName());
        node.put("text", reply.text());
        if (reply.unit() == null) {
            node.putNull("unit");
        } else {
            UnitCard u = reply.unit();
            ObjectNode unit = node.putObject("unit");
            unit.put("name", u.name());
            u.aliases().forEach(unit.putArray("aliases")::add);
            unit.put("reports_to", u.reportsTo());
            unit.put("leader", u.leader());
            unit.put("location", u.location());
            unit.put("organization", u.organization());
            unit.put("contact", u.contact());
            u.matched().forEach(unit.putArray("matched")::add);
        }
        ArrayNode sources = node.putArray("sources");
        for (Source s : reply.sources()) {
            ObjectNode src = sources.addObject();
            src.put("path", s.path());
            src.put("title", s.title());
            src.put("section", s.section());
            src.put("date", s.date() == null ? null : s.date().toString());
            src.put("organization", s.organization());
            src.put("snippet", s.snippet());
        }
        if (reply.agenda() == null) {
            node.putNull("agenda");
        } else {
            node.set("agenda", MAPPER.valueToTree(reply.agenda()));
        }
        if (reply.id() != null) {
            node.put("id", reply.id());
        }
        return node;
    }

    public static String write(Reply reply) {
        try {
            return MAPPER.writeValueAsString(toNode(reply));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply is always serialisable", e);
        }
    }
}
