package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.reply.DanishDate;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.bot.reply.SourceLines;
import dk.hrassistenten.bot.reply.UnitCard;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Reply} as Adaptive Cards (schema 1.5): the text as text blocks (quotes shaded, lists kept),
 * a unit's facts, an agenda as a fact list, the sources once as links with section and date ("1. januar 2025"), and 👍/👎 and
 * "Vis hele kilden" actions. A reply too long for one card (Teams takes about 28 KB) continues on the next;
 * sources and actions go on the last. Thread-safe.
 */
final class AdaptiveCards {

    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** Characters of text per card: well under Teams' card size once the JSON around it is counted. */
    static final int CARD_TEXT_CHARS = 12_000;
    private static final int SOURCES_SHOWN = 3;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String publicUrl;
    private final Texts texts;

    AdaptiveCards(String publicUrl, Texts texts) {
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
        this.texts = texts;
    }

    List<ObjectNode> render(Reply reply) {
        List<ObjectNode> cards = new ArrayList<>();
        ObjectNode card = card();
        int chars = 0;
        if (reply.unit() != null) {
            unit(card.withArray("body"), reply.unit());
        }
        for (ObjectNode block : textBlocks(reply)) {
            int size = block.toString().length();
            if (chars > 0 && chars + size > CARD_TEXT_CHARS) {
                cards.add(card);
                card = card();
                chars = 0;
            }
            card.withArray("body").add(block);
            chars += size;
        }
        if (!reply.sources().isEmpty()) {
            card.withArray("body").add(sources(reply.sources()));
        }
        if (reply.kind() == ReplyKind.ANSWER || reply.kind() == ReplyKind.UNIT) {
            card.set("actions", actions(reply));
        }
        if (reply.agenda() != null && reply.agenda().get("download") instanceof String download) {
            download(card, download);
        }
        cards.add(card);
        return cards;
    }

    /**
     * An agenda exported as Word: a button that opens its download in the browser, at the service's public address;
     * without one there is no address Teams could open, and the card says what to do instead.
     */
    private void download(ObjectNode card, String path) {
        if (publicUrl == null) {
            card.withArray("body").add(textBlock(CardMarkdown.escape(texts.get("chat.download_needs_url"))));
            return;
        }
        ObjectNode open = JSON.objectNode();
        open.put("type", "Action.OpenUrl");
        open.put("title", texts.get("chat.download"));
        open.put("url", publicUrl + path);
        card.withArray("actions").add(open);
    }

    /** A card with one line of text, for short notes such as "Jeg søger …". */
    ObjectNode note(String text) {
        ObjectNode card = card();
        card.withArray("body").add(textBlock(CardMarkdown.escape(text)));
        return card;
    }

    static ObjectNode card() {
        ObjectNode card = JSON.objectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.putArray("body");
        return card;
    }

    static ObjectNode textBlock(String markdown) {
        ObjectNode block = JSON.objectNode();
        block.put("type", "TextBlock");
        block.put("text", markdown);
        block.put("wrap", true);
        return block;
    }

    private List<ObjectNode> textBlocks(Reply reply) {
        List<ObjectNode> blocks = new ArrayList<>();
        // The sources are listed at the card's end, once: the text's own lines naming them are left out.
        List<String> lines = List.of(SourceLines.without(reply).split("\n"));
        List<Map<String, Object>> items = agendaItems(reply);
        if (!items.isEmpty() && lines.stream().noneMatch(l -> l.startsWith("#"))) {
            // The items become facts; the lines around them (a first contact's introduction, the agenda's title) stay
            // text, the last of them the facts' heading.
            List<String> said = lines.stream().filter(l -> !l.isBlank() && !l.matches("\\d{1,3}\\. .*")).toList();
            for (int i = 0; i < said.size(); i++) {
                blocks.add(i == said.size() - 1 ? heading(said.get(i)) : textBlock(CardMarkdown.inline(said.get(i))));
            }
            blocks.add(agendaFacts(items));
            return blocks;
        }
        ObjectNode quote = null;
        for (String line : lines) {
            if (repeatsAFact(line, reply.unit())) {
                continue;
            }
            if (line.isBlank()) {
                quote = null;
                continue;
            }
            if (line.startsWith("> ")) {
                if (quote == null) {
                    quote = JSON.objectNode();
                    quote.put("type", "Container");
                    quote.put("style", "emphasis");
                    quote.putArray("items");
                    blocks.add(quote);
                }
                quote.withArray("items").add(textBlock(CardMarkdown.inline(line.substring(2))));
                continue;
            }
            quote = null;
            if (line.matches("#{1,6} .*")) {
                blocks.add(heading(line.replaceFirst("#{1,6} ", "")));
            } else if (line.startsWith("- ")) {
                blocks.add(textBlock("- " + CardMarkdown.inline(line.substring(2))));
            } else if (line.matches("\\d{1,3}\\. .*")) {
                int dot = line.indexOf(". ");
                blocks.add(textBlock(line.substring(0, dot) + ". " + CardMarkdown.inline(line.substring(dot + 2))));
            } else {
                blocks.add(textBlock(CardMarkdown.inline(line)));
            }
        }
        return blocks;
    }

    /** A line of the unit reply's text that says what the card's facts already show ("Ledes af: …"). */
    private static boolean repeatsAFact(String line, UnitCard unit) {
        if (unit == null) {
            return false;
        }
        for (String fact : new String[] {unit.leader(), unit.reportsTo(), unit.location()}) {
            if (fact != null && !fact.isBlank() && line.endsWith(": " + fact)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode heading(String text) {
        ObjectNode block = textBlock(CardMarkdown.escape(text.replace("**", "")));
        block.put("weight", "bolder");
        return block;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> agendaItems(Reply reply) {
        if (reply.kind() != ReplyKind.AGENDA || reply.agenda() == null || !(reply.agenda().get("items") instanceof List<?> list)) {
            return List.of();
        }
        // A meeting's proposals are no agenda: their text says what became of each (waiting, approved, rejected).
        if (list.stream().anyMatch(i -> i instanceof Map<?, ?> m && m.containsKey("status"))) {
            return List.of();
        }
        return (List<Map<String, Object>>) list;
    }

    private static ObjectNode agendaFacts(List<Map<String, Object>> items) {
        ObjectNode facts = JSON.objectNode();
        facts.put("type", "FactSet");
        ArrayNode list = facts.putArray("facts");
        for (Map<String, Object> item : items) {
            StringBuilder value = new StringBuilder(String.valueOf(item.get("title")));
            if (item.get("start") != null && item.get("end") != null) {
                value.append(" · ").append(item.get("start")).append('–').append(item.get("end"));
            }
            value.append(" · id ").append(item.get("id"));
            list.add(fact(item.get("position") + ".", value.toString()));
        }
        return facts;
    }

    private void unit(ArrayNode body, UnitCard unit) {
        ObjectNode name = textBlock(CardMarkdown.escape(unit.name()));
        name.put("weight", "bolder");
        name.put("size", "medium");
        body.add(name);
        ObjectNode facts = JSON.objectNode();
        facts.put("type", "FactSet");
        ArrayNode list = facts.putArray("facts");
        addFact(list, texts.get("chat.unit.leader"), unit.leader());
        addFact(list, texts.get("chat.unit.reports_to"), unit.reportsTo());
        addFact(list, texts.get("chat.unit.location"), unit.location());
        addFact(list, texts.get("chat.unit.aliases"), unit.aliases().isEmpty() ? null : String.join(", ", unit.aliases()));
        if (!list.isEmpty()) {
            body.add(facts);
        }
    }

    private static void addFact(ArrayNode facts, String title, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(fact(title, value));
        }
    }

    /** Fact values are plain text in Adaptive Cards, but Teams renders Markdown in them on some clients: escaped. */
    private static ObjectNode fact(String title, String value) {
        ObjectNode fact = JSON.objectNode();
        fact.put("title", CardMarkdown.escape(title));
        fact.put("value", CardMarkdown.escape(value));
        return fact;
    }

    private ObjectNode sources(List<Source> sources) {
        ObjectNode container = JSON.objectNode();
        container.put("type", "Container");
        container.put("separator", true);
        ArrayNode items = container.putArray("items");
        ObjectNode title = textBlock(CardMarkdown.escape(texts.get("chat.sources")));
        title.put("weight", "bolder");
        title.put("size", "small");
        items.add(title);
        for (Source s : sources.subList(0, Math.min(SOURCES_SHOWN, sources.size()))) {
            ObjectNode line = textBlock(sourceLine(s));
            line.put("size", "small");
            line.put("spacing", "none");
            items.add(line);
        }
        return container;
    }

    private String sourceLine(Source s) {
        String label = s.title() + (s.section().isEmpty() ? "" : " › " + s.section());
        StringBuilder line = new StringBuilder(publicUrl == null && !s.onTheWeb() ? "**" + CardMarkdown.inline(label) + "**"
                : CardMarkdown.link(label, sourceUrl(s)));
        if (s.date() != null) {
            line.append(" · ").append(DanishDate.of(s.date()));
        }
        if (s.organization() != null) {
            line.append(" · ").append(CardMarkdown.inline(s.organization()));
        }
        return line.toString();
    }

    /** A web page is opened where it is; a folder's document in the service's source view. */
    private String sourceUrl(Source s) {
        return s.onTheWeb() ? s.path() : publicUrl + "/kilde?path=" + enc(s.path()) + "&section=" + enc(s.section());
    }

    private ArrayNode actions(Reply reply) {
        String kind = reply.kind().wireName();
        String firstPath = reply.sources().isEmpty() ? "" : reply.sources().get(0).path();
        ArrayNode actions = JSON.arrayNode();
        actions.add(submit("👍", CardActions.feedback(true, kind, firstPath, reply.id())));
        actions.add(submit("👎", CardActions.feedback(false, kind, firstPath, reply.id())));
        if (!reply.sources().isEmpty()) {
            Source s = reply.sources().get(0);
            if (publicUrl == null) {
                actions.add(submit(texts.get("chat.show_source"), CardActions.showSource(s.path(), s.section())));
            } else {
                ObjectNode open = JSON.objectNode();
                open.put("type", "Action.OpenUrl");
                open.put("title", texts.get("chat.show_source"));
                open.put("url", sourceUrl(s));
                actions.add(open);
            }
        }
        return actions;
    }

    static ObjectNode submit(String title, ObjectNode data) {
        ObjectNode action = JSON.objectNode();
        action.put("type", "Action.Submit");
        action.put("title", title);
        action.set("data", data);
        return action;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
