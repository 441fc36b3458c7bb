package dk.hrassistenten.adapters.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.ViewState;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.Forum;
import dk.hrassistenten.bot.agenda.Proposal;
import dk.hrassistenten.bot.agenda.ProposalTexts;
import java.util.List;
import java.util.Map;

/**
 * A proposal as a secretary gets it in a direct message: what is proposed, a field for the reason of a rejection,
 * and the Approve and Reject buttons. A press comes back as a block_actions interaction with the field's value.
 */
final class ProposalMessage {

    private ProposalMessage() {
    }

    static SlackMessage of(Proposal proposal, Forum forum, Texts texts) {
        String text = Mrkdwn.escape(ProposalTexts.request(proposal, forum, texts));
        String id = Long.toString(proposal.item().id());
        List<LayoutBlock> blocks = List.of(
                section(s -> s.text(markdownText(text.length() <= BlockKitRenderer.SECTION_CHARS ? text
                        : text.substring(0, BlockKitRenderer.SECTION_CHARS) + "…"))),
                input(i -> i.blockId(ActionIds.PROPOSAL_REASON).optional(true).label(plainText(texts.get("agenda.proposal.reason_label")))
                        .element(plainTextInput(t -> t.actionId(ActionIds.VALUE).multiline(true).maxLength(2000)))),
                actions(a -> a.elements(List.of(
                        button(b -> b.actionId(ActionIds.PROPOSAL_APPROVE).style("primary").value(id).text(plainText(texts.get("agenda.proposal.approve")))),
                        button(b -> b.actionId(ActionIds.PROPOSAL_REJECT).style("danger").value(id).text(plainText(texts.get("agenda.proposal.reject"))))))));
        return new SlackMessage(text.length() <= 300 ? text : text.substring(0, 300) + "…", blocks);
    }

    /** The reason typed beside the buttons when one was pressed; "" when none. */
    static String reason(ViewState state) {
        if (state == null || state.getValues() == null) {
            return "";
        }
        Map<String, ViewState.Value> block = state.getValues().get(ActionIds.PROPOSAL_REASON);
        ViewState.Value value = block == null ? null : block.get(ActionIds.VALUE);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }
}
