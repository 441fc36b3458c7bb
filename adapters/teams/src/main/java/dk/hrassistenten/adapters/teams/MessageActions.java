package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.MessagingExtensionAction;
import com.microsoft.bot.schema.teams.MessagingExtensionActionResponse;
import com.microsoft.bot.schema.teams.TaskModuleContinueResponse;
import com.microsoft.bot.schema.teams.TaskModuleMessageResponse;
import com.microsoft.bot.schema.teams.TaskModuleTaskInfo;
import dk.hrassistenten.bot.ChatParts;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.MessageItem;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The message action "Gør til dagsordenspunkt" (command {@value #COMMAND_ID} of the app manifest): Teams asks for a
 * dialog ({@code composeExtension/fetchTask}) and gets the agenda form with the message as sagsfremstilling and a link
 * to it; the form's submission ({@code composeExtension/submitAction}) is checked like every agenda form, and comes
 * back with its errors, or closes with what was stored.
 */
final class MessageActions {

    static final String COMMAND_ID = "makeAgendaItem";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatParts parts;
    private final Clock clock;
    private final Texts texts;

    MessageActions(ChatParts parts, Clock clock, Texts texts) {
        this.parts = parts;
        this.clock = clock;
        this.texts = texts;
    }

    /** The agenda form, filled in from the message the action was used on. */
    MessagingExtensionActionResponse fetch(MessagingExtensionAction action) {
        if (!COMMAND_ID.equals(action.getCommandId())) {
            return message(texts.get("form.unknown_action"));
        }
        var message = action.getMessagePayload();
        Map<String, String> fields = MessageItem.fields(TeamsInbound.messageText(message), message == null ? null : message.getLinkToMessage());
        return form(fields, Map.of());
    }

    /** Stores the item of a submitted form, or sends the form back with what was typed and the errors. */
    CompletableFuture<MessagingExtensionActionResponse> submit(TurnContext turn, MessagingExtensionAction action) {
        if (!COMMAND_ID.equals(action.getCommandId())) {
            return CompletableFuture.completedFuture(message(texts.get("form.unknown_action")));
        }
        JsonNode data = action.getData() == null ? JSON.createObjectNode() : JSON.valueToTree(action.getData());
        Map<String, String> fields = CardActions.fields(data, AgendaCommand.FORM_FIELDS);
        Inbound inbound = TeamsInbound.of(turn.getActivity(), new InboundAction.AgendaForm(fields));
        return TeamsMessages.senderEmail(turn).thenApply(email -> {
            Reply reply = parts.handler().apply(inbound.withEmail(email));
            Map<String, String> errors = AgendaCommand.fieldErrors(reply);
            if (!errors.isEmpty()) {
                return form(fields, errors);
            }
            if (reply.kind() == ReplyKind.ERROR) {
                return form(fields, Map.of("", reply.text()));
            }
            return message(reply.text());
        });
    }

    private MessagingExtensionActionResponse form(Map<String, String> fields, Map<String, String> errors) {
        ObjectNode card = AgendaFormCard.of(parts.forums().all(), fields, errors, clock, texts);
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCards.CONTENT_TYPE);
        attachment.setContent(card);
        TaskModuleTaskInfo info = new TaskModuleTaskInfo();
        info.setTitle(texts.get("form.title"));
        info.setCard(attachment);
        info.setHeight("large");
        info.setWidth("medium");
        TaskModuleContinueResponse task = new TaskModuleContinueResponse();
        task.setType("continue");
        task.setValue(info);
        MessagingExtensionActionResponse response = new MessagingExtensionActionResponse();
        response.setTask(task);
        return response;
    }

    /** A dialog that only says something (what was stored); the service's own text, shown as plain text by Teams. */
    static MessagingExtensionActionResponse message(String text) {
        TaskModuleMessageResponse task = new TaskModuleMessageResponse();
        task.setType("message");
        task.setValue(text);
        MessagingExtensionActionResponse response = new MessagingExtensionActionResponse();
        response.setTask(task);
        return response;
    }
}
