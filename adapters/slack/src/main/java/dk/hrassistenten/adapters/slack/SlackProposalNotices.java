package dk.hrassistenten.adapters.slack;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.Forum;
import dk.hrassistenten.bot.agenda.Proposal;
import dk.hrassistenten.bot.agenda.ProposalNotices;
import dk.hrassistenten.bot.agenda.ProposalTexts;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposals on Slack: each secretary of the forum listed by a Slack user id gets a direct message with the
 * buttons (chat.postMessage to the user id opens the app's direct message, as the agenda modal's confirmation
 * does), and a proposer who proposed on Slack gets the outcome in the channel (and thread) they proposed from.
 * Secretaries listed otherwise (an e-mail address, a Teams id) are not Slack's to reach. Posting happens on the
 * adapter's executor.
 */
final class SlackProposalNotices implements ProposalNotices {

    private static final Logger LOG = LoggerFactory.getLogger(SlackProposalNotices.class);
    /** Slack's user ids: U… for a workspace's members, W… for an Enterprise Grid's. */
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]+");

    private final SlackPoster poster;
    private final Executor executor;
    private final Texts texts = Texts.DANISH;

    SlackProposalNotices(SlackPoster poster, Executor executor) {
        this.poster = poster;
        this.executor = executor;
    }

    @Override
    public void proposed(Proposal proposal, Forum forum) {
        SlackMessage message = ProposalMessage.of(proposal, forum, texts);
        for (String secretary : forum.secretaries()) {
            if (USER_ID.matcher(secretary).matches()) {
                post(secretary, null, message);
            }
        }
    }

    @Override
    public void decided(Proposal proposal, Forum forum) {
        String conversation = proposal.originConversation();
        if (!"slack".equals(proposal.originChannel()) || conversation == null) {
            return;
        }
        int colon = conversation.indexOf(':');
        String channel = colon < 0 ? conversation : conversation.substring(0, colon);
        String thread = colon < 0 ? null : conversation.substring(colon + 1);
        String text = Mrkdwn.escape(ProposalTexts.outcome(proposal, forum, texts));
        post(channel, thread, new SlackMessage(text, List.of(com.slack.api.model.block.Blocks.section(
                s -> s.text(com.slack.api.model.block.composition.BlockCompositions.markdownText(text))))));
    }

    private void post(String channel, String thread, SlackMessage message) {
        executor.execute(() -> {
            try {
                poster.post(channel, thread, List.of(message));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.error("a proposal's Slack message failed ({})", e.getClass().getName());
            }
        });
    }
}
