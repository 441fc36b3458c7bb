package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.teams.MessagingExtensionAction;
import com.microsoft.bot.schema.teams.MessagingExtensionActionResponse;
import dk.hrassistenten.bot.ChatParts;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.reply.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does with Teams' activities. A message is answered with Adaptive Cards; when the answer takes
 * longer than {@link TeamsSettings#answerWithin()}, the person gets "Jeg søger …" at once and the answer follows
 * proactively. Card actions (👍/👎, whole source, the agenda form) come back as messages with a value and go to
 * {@link CardSubmissions}. Every activity is handled once however often Teams delivers it (the shared delivery log).
 * The message action "Gør til dagsordenspunkt" opens the agenda form as a dialog ({@link MessageActions}).
 */
final class AssistantBot extends TeamsActivityHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AssistantBot.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TeamsSettings settings;
    private final ChatParts parts;
    private final BotFrameworkAdapter adapter;
    private final Executor answers;
    private final AdaptiveCards cards;
    private final CardSubmissions submissions;
    private final MessageActions messageActions;
    private final Texts texts = Texts.DANISH;

    AssistantBot(TeamsSettings settings, ChatParts parts, BotFrameworkAdapter adapter, Executor answers, Clock clock) {
        this.settings = settings;
        this.parts = parts;
        this.adapter = adapter;
        this.answers = answers;
        this.cards = new AdaptiveCards(settings.publicUrl(), texts);
        this.submissions = new CardSubmissions(parts, cards, clock, texts);
        this.messageActions = new MessageActions(parts, clock, texts);
    }

    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionFetchTask(TurnContext turn,
                                                                                                   MessagingExtensionAction action) {
        if (!fromOwnTenant(turn.getActivity())) {
            LOG.warn("Teams message action from another tenant ignored");
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.completedFuture(messageActions.fetch(action));
    }

    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionSubmitAction(TurnContext turn,
                                                                                                      MessagingExtensionAction action) {
        if (!fromOwnTenant(turn.getActivity())) {
            LOG.warn("Teams message action from another tenant ignored");
            return CompletableFuture.completedFuture(null);
        }
        return messageActions.submit(turn, action);
    }

    /**
     * Installed in someone's personal scope (Teams sends a conversationUpdate adding the bot): the welcome with three
     * questions to try. Only there: in a team or group chat a greeting would go to everyone. Delivered again, it is
     * sent once.
     */
    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turn) {
        Activity activity = turn.getActivity();
        String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        boolean botAdded = bot != null && membersAdded.stream().anyMatch(member -> bot.equals(member.getId()));
        boolean personal = activity.getConversation() != null && "personal".equals(activity.getConversation().getConversationType());
        if (!botAdded || !personal || !fromOwnTenant(activity)) {
            return done();
        }
        remember(activity); // Teams lets the bot write first only into conversations it knows: proposals can now reach this person
        String key = activity.getId() == null ? null : deliveryKey(activity);
        if (key != null && !parts.deliveries().claim(key)) {
            return done();
        }
        return TeamsMessages.send(turn, cards.render(parts.welcome().reply(texts))).whenComplete((ok, failure) -> {
            if (key != null) {
                if (failure == null) {
                    parts.deliveries().done(key);
                } else {
                    parts.deliveries().release(key);
                }
            }
        });
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (!fromOwnTenant(activity)) {
            LOG.warn("Teams message from another tenant ignored");
            return done();
        }
        remember(activity);
        JsonNode value = activity.getValue() == null ? null : JSON.valueToTree(activity.getValue());
        boolean submit = CardSubmissions.isSubmission(value);
        if (!submit && !TeamsInbound.addressedToBot(activity)) {
            return done();
        }
        String key = activity.getId() == null ? null : deliveryKey(activity);
        if (key != null && !parts.deliveries().claim(key)) {
            return done(); // Teams delivered it again; it is answered, or being answered
        }
        CompletableFuture<Void> handled;
        try {
            handled = submit ? submissions.handle(turn, value) : onQuestion(turn, TeamsInbound.text(activity));
        } catch (RuntimeException e) {
            handled = CompletableFuture.failedFuture(e);
        }
        return handled.whenComplete((ok, failure) -> {
            if (key == null) {
                return;
            }
            if (failure == null) {
                parts.deliveries().done(key);
            } else {
                parts.deliveries().release(key); // Teams' re-delivery will be answered
            }
        });
    }

    private CompletableFuture<Void> onQuestion(TurnContext turn, String text) {
        if (AgendaFormCard.isRequest(text)) {
            return submissions.openForm(turn);
        }
        Inbound inbound = TeamsInbound.of(turn.getActivity(), text);
        if (AgendaCommand.changesAnAgenda(text)) {
            return TeamsMessages.senderEmail(turn).thenCompose(email -> answer(turn, inbound.withEmail(email)));
        }
        return answer(turn, inbound);
    }

    private CompletableFuture<Void> answer(TurnContext turn, Inbound inbound) {
        CompletableFuture<Reply> answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> parts.handler().apply(inbound), answers)
                    .exceptionally(e -> {
                        LOG.error("answering a Teams message failed ({})", e.getClass().getName(), e);
                        return Reply.error(texts.get("internal_error"));
                    });
        } catch (RejectedExecutionException full) {
            LOG.warn("Teams answer queue full; telling the person to try again");
            return TeamsMessages.send(turn, List.of(cards.note(texts.get("chat.busy"))));
        }
        return answer.copy().completeOnTimeout(null, settings.answerWithin().toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(reply -> reply != null ? TeamsMessages.send(turn, cards.render(reply)) : answerLater(turn, answer));
    }

    /** "Jeg søger …" now; the answer through a proactive message when it is ready. */
    private CompletableFuture<Void> answerLater(TurnContext turn, CompletableFuture<Reply> answer) {
        ConversationReference reference = turn.getActivity().getConversationReference();
        return TeamsMessages.sendText(turn, texts.get("chat.searching")).thenAccept(sent ->
                answer.thenCompose(reply -> adapter.continueConversation(nullToEmpty(settings.appId()), reference,
                                proactive -> TeamsMessages.send(proactive, cards.render(reply))))
                        .whenComplete((ok, failure) -> {
                            if (failure != null) {
                                LOG.error("sending a late Teams answer failed ({})", failure.getClass().getName(), failure);
                            }
                        }));
    }

    /**
     * Remembers where the conversation is reached, and whose own chat with the bot it is, so that proposals' notices
     * can be sent there later (Teams lets a bot write first only into a conversation it knows).
     */
    private void remember(Activity activity) {
        if (activity.getConversation() == null || activity.getConversation().getId() == null || activity.getServiceUrl() == null) {
            return;
        }
        String type = activity.getConversation().getConversationType();
        boolean personal = type == null || type.equals("personal");
        parts.conversations().remember(TeamsProposalNotices.CHANNEL, activity.getConversation().getId(), activity.getServiceUrl(),
                personal ? TeamsInbound.userId(activity) : null);
    }

    /** With a tenant configured, only its conversations are answered (the documents are the organisation's). */
    private boolean fromOwnTenant(Activity activity) {
        if (settings.tenantId() == null) {
            return true;
        }
        String tenant = activity.getConversation() == null ? null : activity.getConversation().getTenantId();
        return settings.tenantId().equalsIgnoreCase(tenant);
    }

    /** Activity ids are unique within a conversation; conversation ids can be long, so the pair is hashed. */
    static String deliveryKey(Activity activity) {
        String conversation = activity.getConversation() == null ? "" : activity.getConversation().getId();
        String id = conversation + "\n" + activity.getId();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "teams:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

}
