package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationReference;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.ChatParts;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does with Teams' activities. A message is answered with Adaptive Cards; when the answer takes
 * longer than {@link TeamsSettings#answerWithin()}, the person gets "Jeg søger …" at once and the answer follows
 * proactively. Card actions (👍/👎, whole source, the agenda form) come back as messages with a value. Every
 * activity is handled once however often Teams delivers it (the shared delivery log).
 */
final class AssistantBot extends ActivityHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AssistantBot.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MEMBER_LOOKUP_SECONDS = 5;

    private final TeamsSettings settings;
    private final ChatParts parts;
    private final BotFrameworkAdapter adapter;
    private final Executor answers;
    private final AdaptiveCards cards;
    private final Clock clock;
    private final Texts texts = Texts.DANISH;

    AssistantBot(TeamsSettings settings, ChatParts parts, BotFrameworkAdapter adapter, Executor answers, Clock clock) {
        this.settings = settings;
        this.parts = parts;
        this.adapter = adapter;
        this.answers = answers;
        this.clock = clock;
        this.cards = new AdaptiveCards(settings.publicUrl(), texts);
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (!fromOwnTenant(activity)) {
            LOG.warn("Teams message from another tenant ignored");
            return done();
        }
        JsonNode value = activity.getValue() == null ? null : JSON.valueToTree(activity.getValue());
        boolean submit = !CardActions.name(value).isEmpty();
        if (!submit && !TeamsInbound.addressedToBot(activity)) {
            return done();
        }
        String key = activity.getId() == null ? null : deliveryKey(activity);
        if (key != null && !parts.deliveries().claim(key)) {
            return done(); // Teams delivered it again; it is answered, or being answered
        }
        CompletableFuture<Void> handled;
        try {
            handled = submit ? onSubmit(turn, value) : onQuestion(turn, TeamsInbound.text(activity));
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
            return send(turn, List.of(AgendaFormCard.of(parts.forums().all(), Map.of(), Map.of(), clock, texts)));
        }
        Inbound inbound = TeamsInbound.of(turn.getActivity(), text);
        if (AgendaCommand.changesAnAgenda(text)) {
            return emailOf(turn).thenCompose(email -> answer(turn, inbound.withEmail(email)));
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
            return send(turn, List.of(cards.note(texts.get("chat.busy"))));
        }
        return answer.copy().completeOnTimeout(null, settings.answerWithin().toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(reply -> reply != null ? send(turn, cards.render(reply)) : answerLater(turn, answer));
    }

    /** "Jeg søger …" now; the answer through a proactive message when it is ready. */
    private CompletableFuture<Void> answerLater(TurnContext turn, CompletableFuture<Reply> answer) {
        ConversationReference reference = turn.getActivity().getConversationReference();
        return turn.sendActivity(MessageFactory.text(texts.get("chat.searching"))).thenAccept(sent ->
                answer.thenCompose(reply -> adapter.continueConversation(nullToEmpty(settings.appId()), reference,
                                proactive -> send(proactive, cards.render(reply))))
                        .whenComplete((ok, failure) -> {
                            if (failure != null) {
                                LOG.error("sending a late Teams answer failed ({})", failure.getClass().getName(), failure);
                            }
                        }));
    }

    private CompletableFuture<Void> onSubmit(TurnContext turn, JsonNode value) {
        Activity activity = turn.getActivity();
        String user = TeamsInbound.userId(activity);
        switch (CardActions.name(value)) {
            case CardActions.FEEDBACK -> {
                boolean stored = parts.feedback().record(user, "teams", CardActions.helpful(value), CardActions.replyKind(value),
                        emptyToNull(CardActions.shortText(value, "path")));
                return sendText(turn, texts.get(stored ? "chat.feedback" : "chat.feedback_failed"));
            }
            case CardActions.SHOW_SOURCE -> {
                Reply reply = parts.sources().apply(CardActions.shortText(value, "path"), CardActions.shortText(value, "section"))
                        .map(v -> Reply.help("**" + v.title() + (v.section().isEmpty() ? "" : " › " + v.section()) + "**\n" + v.text()))
                        .orElseGet(() -> Reply.notFound(texts.get("chat.source_missing")));
                return send(turn, cards.render(reply));
            }
            case CardActions.AGENDA_FORM -> {
                Map<String, String> fields = CardActions.fields(value, AgendaCommand.FORM_FIELDS);
                Inbound inbound = new Inbound(Channel.TEAMS, user, "", activity.getConversation() == null ? null
                        : activity.getConversation().getId(), activity.getId());
                return emailOf(turn).thenCompose(email -> submitForm(turn, fields, inbound.withEmail(email)));
            }
            default -> {
                return done();
            }
        }
    }

    private CompletableFuture<Void> submitForm(TurnContext turn, Map<String, String> fields, Inbound inbound) {
        AgendaCommand.FormResult result = parts.agenda().submit(fields, inbound, texts);
        if (!result.errors().isEmpty()) {
            return send(turn, List.of(AgendaFormCard.of(parts.forums().all(), fields, result.errors(), clock, texts)));
        }
        if (result.reply().kind() == ReplyKind.ERROR) {
            return send(turn, List.of(AgendaFormCard.of(parts.forums().all(), fields, Map.of("", result.reply().text()), clock, texts)));
        }
        return send(turn, cards.render(result.reply()));
    }

    /**
     * The sender's e-mail address from Teams' member list (the connector vouches for it), looked up only for a
     * change to an agenda: forums files may list secretaries by it. Null when Teams does not give it in time.
     */
    private static CompletableFuture<String> emailOf(TurnContext turn) {
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

    private static CompletableFuture<Void> send(TurnContext turn, List<ObjectNode> cardList) {
        List<Activity> activities = new ArrayList<>();
        for (ObjectNode card : cardList) {
            Attachment attachment = new Attachment();
            attachment.setContentType(AdaptiveCards.CONTENT_TYPE);
            attachment.setContent(card);
            activities.add(MessageFactory.attachment(attachment));
        }
        return turn.sendActivities(activities).thenApply(sent -> null);
    }

    private static CompletableFuture<Void> sendText(TurnContext turn, String text) {
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
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

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
