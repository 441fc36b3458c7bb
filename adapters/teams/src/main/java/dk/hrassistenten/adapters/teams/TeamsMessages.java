package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the bot says into a turn (Adaptive Cards or a line of text), and what it asks Teams about the sender. */
final class TeamsMessages {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsMessages.class);
    private static final int MEMBER_LOOKUP_SECONDS = 5;

    private TeamsMessages() {
    }

    /** Sends cards, one message each; in the turn's conversation and, for a message, as its reply. */
    static CompletableFuture<Void> send(TurnContext turn, List<ObjectNode> cards) {
        List<Activity> activities = new ArrayList<>();
        for (ObjectNode card : cards) {
            Attachment attachment = new Attachment();
            attachment.setContentType(AdaptiveCards.CONTENT_TYPE);
            attachment.setContent(card);
            activities.add(MessageFactory.attachment(attachment));
        }
        return turn.sendActivities(activities).thenApply(sent -> null);
    }

    /** A short line of the service's own text ("Jeg søger …"), never text from documents or people. */
    static CompletableFuture<Void> sendText(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    /**
     * The sender's e-mail address from Teams' member list (the connector vouches for it), for a change to an
     * agenda: forums files may list secretaries by it. Null when Teams does not give it in time.
     */
    static CompletableFuture<String> senderEmail(TurnContext turn) {
        String id = turn.getActivity().getFrom() == null ? null : turn.getActivity().getFrom().getId();
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return TeamsInfo.getMember(turn, id)
                    .thenApply(member -> member.getEmail() != null ? member.getEmail() : member.getUserPrincipalName())
                    .completeOnTimeout(null, MEMBER_LOOKUP_SECONDS, TimeUnit.SECONDS)
                    .exceptionally(e -> {
                        LOG.warn("looking up a Teams member's e-mail failed ({})", e.getClass().getName());
                        return null;
                    });
        } catch (RuntimeException e) {
            LOG.warn("looking up a Teams member's e-mail failed ({})", e.getClass().getName());
            return CompletableFuture.completedFuture(null);
        }
    }
}
