package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import dk.hrassistenten.bot.ChatParts;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.ProposalDecision;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a press on one of the bot's card buttons does: 👍/👎, the whole source and saving the agenda form (typed actions
 * through the assistant), or a secretary's Approve or Reject on a proposal (the command it stands for, through the
 * assistant like a typed one).
 */
final class CardSubmissions {

    private final ChatParts parts;
    private final AdaptiveCards cards;
    private final Clock clock;
    private final Texts texts;

    CardSubmissions(ChatParts parts, AdaptiveCards cards, Clock clock, Texts texts) {
        this.parts = parts;
        this.cards = cards;
        this.clock = clock;
        this.texts = texts;
    }

    /** Whether a message's value is one of our cards' submissions. */
    static boolean isSubmission(JsonNode value) {
        return !CardActions.name(value).isEmpty();
    }

    CompletableFuture<Void> handle(TurnContext turn, JsonNode value) {
        Activity activity = turn.getActivity();
        return switch (CardActions.name(value)) {
            case CardActions.FEEDBACK ->
                    TeamsMessages.sendText(turn, parts.handler().apply(TeamsInbound.of(activity, CardActions.feedbackOf(value))).text());
            case CardActions.SHOW_SOURCE ->
                    TeamsMessages.send(turn, cards.render(parts.handler().apply(TeamsInbound.of(activity, CardActions.showSourceOf(value)))));
            case CardActions.AGENDA_FORM -> {
                Map<String, String> fields = CardActions.fields(value, AgendaCommand.FORM_FIELDS);
                Inbound inbound = TeamsInbound.of(activity, new InboundAction.AgendaForm(fields));
                yield TeamsMessages.senderEmail(turn).thenCompose(email -> saveForm(turn, fields, inbound.withEmail(email)));
            }
            case CardActions.PROPOSAL -> {
                ProposalDecision decision = ProposalDecision.of(CardActions.shortText(value, "id"),
                        "approve".equals(CardActions.text(value, "decision")), CardActions.text(value, CardActions.REASON));
                if (decision == null) {
                    yield CompletableFuture.completedFuture(null);
                }
                Inbound inbound = TeamsInbound.of(activity, decision.command());
                yield TeamsMessages.senderEmail(turn).thenCompose(email -> TeamsMessages.send(turn,
                        cards.render(parts.handler().apply(inbound.withEmail(email)))));
            }
            default -> CompletableFuture.completedFuture(null);
        };
    }

    /** A new, empty agenda form. */
    CompletableFuture<Void> openForm(TurnContext turn) {
        return TeamsMessages.send(turn, List.of(AgendaFormCard.of(parts.forums().all(), Map.of(), Map.of(), clock, texts)));
    }

    /** Saves the form's item, or sends the form back with what was typed and the errors; nothing is saved then. */
    private CompletableFuture<Void> saveForm(TurnContext turn, Map<String, String> fields, Inbound inbound) {
        Reply reply = parts.handler().apply(inbound);
        Map<String, String> errors = AgendaCommand.fieldErrors(reply);
        if (!errors.isEmpty()) {
            return TeamsMessages.send(turn, List.of(AgendaFormCard.of(parts.forums().all(), fields, errors, clock, texts)));
        }
        if (reply.kind() == ReplyKind.ERROR) {
            return TeamsMessages.send(turn, List.of(AgendaFormCard.of(parts.forums().all(), fields, Map.of("", reply.text()), clock, texts)));
        }
        return TeamsMessages.send(turn, cards.render(reply));
    }
}
