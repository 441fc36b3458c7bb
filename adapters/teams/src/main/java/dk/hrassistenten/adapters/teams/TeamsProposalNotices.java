package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.Forum;
import dk.hrassistenten.bot.agenda.Proposal;
import dk.hrassistenten.bot.agenda.ProposalNotices;
import dk.hrassistenten.bot.agenda.ProposalTexts;
import dk.hrassistenten.bot.delivery.ChatConversations;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposals on Teams, as proactive messages through the Bot Connector: each secretary of the forum who has a chat
 * with the bot (remembered when they wrote to it, by their Entra ID object id) gets the proposal's card, and a
 * proposer who proposed on Teams gets the outcome in the conversation they proposed from. A secretary who never
 * wrote to the bot, or is listed by e-mail address, cannot be written to first and sees proposals in the list.
 * Sending happens on the adapter's pool.
 */
final class TeamsProposalNotices implements ProposalNotices {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsProposalNotices.class);
    static final String CHANNEL = "teams";

    private final BotFrameworkAdapter adapter;
    private final String appId;
    private final ChatConversations conversations;
    private final AdaptiveCards cards;
    private final Executor executor;
    private final Texts texts;

    TeamsProposalNotices(BotFrameworkAdapter adapter, String appId, ChatConversations conversations, AdaptiveCards cards, Executor executor,
                         Texts texts) {
        this.adapter = adapter;
        this.appId = appId == null ? "" : appId;
        this.conversations = conversations;
        this.cards = cards;
        this.executor = executor;
        this.texts = texts;
    }

    @Override
    public void proposed(Proposal proposal, Forum forum) {
        ObjectNode card = ProposalCard.of(proposal, forum, texts);
        executor.execute(() -> {
            for (String secretary : forum.secretaries()) {
                conversations.personal(CHANNEL, secretary).ifPresent(address -> send(address, card));
            }
        });
    }

    @Override
    public void decided(Proposal proposal, Forum forum) {
        if (!CHANNEL.equals(proposal.originChannel()) || proposal.originConversation() == null) {
            return;
        }
        ObjectNode card = cards.note(ProposalTexts.outcome(proposal, forum, texts));
        executor.execute(() -> conversations.conversation(CHANNEL, proposal.originConversation()).ifPresent(address -> send(address, card)));
    }

    private void send(ChatConversations.Address address, ObjectNode card) {
        ConversationReference reference = new ConversationReference();
        reference.setServiceUrl(address.serviceUrl());
        reference.setChannelId("msteams");
        reference.setConversation(new ConversationAccount(address.conversationId()));
        reference.setBot(new ChannelAccount(appId));
        try {
            adapter.continueConversation(appId, reference, turn -> TeamsMessages.send(turn, List.of(card))).join();
        } catch (RuntimeException e) {
            LOG.error("a proposal's Teams message failed ({})", e.getClass().getName());
        }
    }
}
