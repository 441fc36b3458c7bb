package dk.hrassistenten.adapters.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.Forum;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The modal for a new agenda item: forum (a select of the forums file), date picker, title,
 * "Det indstilles, at", sagsfremstilling, case number, minutes and attachments. Block ids are the agenda
 * form's field names, so errors come back by field. A form may open with fields filled in (an item made from a message).
 */
final class AgendaModal {

    private static final int MAX_OPTIONS = 100;
    /** Slack's limit of a plain text input's value. */
    static final int MAX_INPUT_CHARS = 3000;

    private AgendaModal() {
    }

    /** @param initial values to start with, by field name (text fields only); at most {@link #MAX_INPUT_CHARS} each */
    static View of(List<Forum> forums, Clock clock, Texts texts, Map<String, String> initial) {
        List<OptionObject> options = forums.stream().limit(MAX_OPTIONS)
                .map(f -> option(plainText(f.name().length() > 75 ? f.name().substring(0, 75) : f.name()), f.name())).toList();
        return view(v -> v.type("modal").callbackId(ActionIds.AGENDA_MODAL)
                .title(viewTitle(t -> t.type("plain_text").text(texts.get("form.title"))))
                .submit(viewSubmit(s -> s.type("plain_text").text(texts.get("form.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(texts.get("form.close"))))
                .blocks(asBlocks(
                        input(i -> i.blockId("forum").label(plainText("Forum"))
                                .element(staticSelect(s -> s.actionId(ActionIds.VALUE).options(options)))),
                        input(i -> i.blockId("dato").label(plainText(texts.get("form.date")))
                                .element(datePicker(d -> d.actionId(ActionIds.VALUE).initialDate(LocalDate.now(clock).plusDays(7).toString())))),
                        text("titel", texts.get("form.title_field"), false, false, initial),
                        text("indstilling", "Det indstilles, at", true, true, initial),
                        text("sagsfremstilling", "Sagsfremstilling", true, true, initial),
                        text("sagsnr", texts.get("form.case"), true, false, initial),
                        text("minutter", texts.get("form.minutes"), true, false, initial),
                        text("bilag", texts.get("form.attachments"), true, true, initial))));
    }

    private static com.slack.api.model.block.LayoutBlock text(String field, String label, boolean optional, boolean multiline,
                                                              Map<String, String> initial) {
        return input(i -> i.blockId(field).label(plainText(label)).optional(optional)
                .element(plainTextInput(p -> p.actionId(ActionIds.VALUE).multiline(multiline).initialValue(initial.get(field)))));
    }

    /** The submitted values by field name. */
    static Map<String, String> values(ViewState state) {
        Map<String, String> values = new HashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        for (String field : AgendaCommand.FORM_FIELDS) {
            Map<String, ViewState.Value> block = state.getValues().get(field);
            ViewState.Value v = block == null ? null : block.get(ActionIds.VALUE);
            if (v == null) {
                continue;
            }
            String value = v.getSelectedOption() != null ? v.getSelectedOption().getValue()
                    : v.getSelectedDate() != null ? v.getSelectedDate() : v.getValue();
            if (value != null) {
                values.put(field, value);
            }
        }
        return values;
    }
}
