package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.Forum;
import dk.hrassistenten.bot.agenda.Proposal;
import dk.hrassistenten.bot.agenda.ProposalTexts;

/**
 * A proposal as a secretary gets it in their chat with the bot: what is proposed, a field for the reason of a
 * rejection, and Approve and Reject. A press comes back as a message whose value is {@link CardActions#proposal}
 * merged with the field ({@link CardActions#REASON}).
 */
final class ProposalCard {

    private ProposalCard() {
    }

    static ObjectNode of(Proposal proposal, Forum forum, Texts texts) {
        ObjectNode card = AdaptiveCards.card();
        ArrayNode body = card.withArray("body");
        for (String line : ProposalTexts.request(proposal, forum, texts).split("\n")) {
            body.add(AdaptiveCards.textBlock(CardMarkdown.escape(line)));
        }
        ObjectNode reason = body.addObject();
        reason.put("type", "Input.Text");
        reason.put("id", CardActions.REASON);
        reason.put("label", texts.get("agenda.proposal.reason_label"));
        reason.put("isMultiline", true);
        reason.put("maxLength", 2000);
        ArrayNode actions = card.putArray("actions");
        long id = proposal.item().id();
        actions.add(submit(texts.get("agenda.proposal.approve"), CardActions.proposal(id, true), "positive"));
        actions.add(submit(texts.get("agenda.proposal.reject"), CardActions.proposal(id, false), "destructive"));
        return card;
    }

    private static ObjectNode submit(String title, ObjectNode data, String style) {
        ObjectNode action = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        action.put("type", "Action.Submit");
        action.put("title", title);
        action.put("style", style);
        action.set("data", data);
        return action;
    }
}
