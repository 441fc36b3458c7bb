package dk.hrassistenten.adapters.teams;

import dk.hrassistenten.bot.OrganisationTime;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.Forum;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Adaptive Card form for a new agenda item, with the fields of Slack's modal: forum, date, title,
 * "Det indstilles, at", sagsfremstilling, case number, minutes and attachments. Input ids are the agenda form's
 * field names; the same validation ({@link AgendaCommand#submit}) answers, and a form with errors comes back with
 * what was typed and the error under each field.
 */
final class AgendaFormCard {

    /** What a person writes to get the form: "dagsorden ny", "/dagsorden ny", "new agenda item" … */
    private static final Pattern REQUEST = Pattern.compile("(?i)/?(dagsorden|agenda)\\s+(ny|nyt|new)(\\s+(punkt|item))?");
    private static final int MAX_CHOICES = 100;

    private AgendaFormCard() {
    }

    static boolean isRequest(String text) {
        return REQUEST.matcher(text.strip()).matches();
    }

    /**
     * @param values what was typed before, by field; empty for a new form
     * @param errors the errors by field; a "" key holds an error for the whole form
     */
    static ObjectNode of(List<Forum> forums, Map<String, String> values, Map<String, String> errors, Clock clock, Texts texts) {
        ObjectNode card = AdaptiveCards.card();
        ArrayNode body = card.withArray("body");
        ObjectNode title = AdaptiveCards.textBlock(CardMarkdown.escape(texts.get("form.title")));
        title.put("weight", "bolder");
        title.put("size", "medium");
        body.add(title);
        if (!errors.isEmpty()) {
            body.add(error(errors.containsKey("") ? errors.get("") : texts.get("form.fix")));
        }
        ObjectNode forum = input("Input.ChoiceSet", "forum", texts.get("form.forum"), values, true);
        forum.put("style", "compact");
        ArrayNode choices = forum.putArray("choices");
        forums.stream().limit(MAX_CHOICES).forEach(f -> {
            ObjectNode choice = choices.addObject();
            choice.put("title", f.name());
            choice.put("value", f.name());
        });
        add(body, forum, errors);
        ObjectNode date = input("Input.Date", "dato", texts.get("form.date"), values, true);
        if (!date.has("value")) {
            date.put("value", OrganisationTime.today(clock).plusDays(7).toString());
        }
        add(body, date, errors);
        add(body, input("Input.Text", "titel", texts.get("form.title_field"), values, true), errors);
        add(body, multiline(input("Input.Text", "indstilling", "Det indstilles, at", values, false)), errors);
        add(body, multiline(input("Input.Text", "sagsfremstilling", "Sagsfremstilling", values, false)), errors);
        add(body, input("Input.Text", "sagsnr", texts.get("form.case"), values, false), errors);
        add(body, input("Input.Text", "minutter", texts.get("form.minutes"), values, false), errors);
        add(body, multiline(input("Input.Text", "bilag", texts.get("form.attachments"), values, false)), errors);
        ArrayNode actions = card.putArray("actions");
        actions.add(AdaptiveCards.submit(texts.get("form.submit"), CardActions.agendaForm()));
        return card;
    }

    private static ObjectNode input(String type, String id, String label, Map<String, String> values, boolean required) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put("type", type);
        input.put("id", id);
        input.put("label", label);
        input.put("isRequired", required);
        if (values.containsKey(id)) {
            input.put("value", values.get(id));
        }
        return input;
    }

    private static ObjectNode multiline(ObjectNode input) {
        input.put("isMultiline", true);
        return input;
    }

    private static void add(ArrayNode body, ObjectNode input, Map<String, String> errors) {
        body.add(input);
        String error = errors.get(input.get("id").asText());
        if (error != null) {
            body.add(error(error));
        }
    }

    private static ObjectNode error(String text) {
        ObjectNode block = AdaptiveCards.textBlock(CardMarkdown.escape(text));
        block.put("color", "attention");
        block.put("spacing", "none");
        return block;
    }
}
