package dk.hrassistenten.adapters.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.ChatParts;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.ProposalNotices;
import dk.hrassistenten.bot.agenda.MessageItem;
import dk.hrassistenten.bot.reply.Reply;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app: Bolt for Java, served at {@code POST /slack/events} and/or over Socket Mode. Every request
 * is acknowledged at once and the work done afterwards on a bounded executor; answers go into the thread
 * of the message that asked. Retried events are answered once (the shared {@link DeliveryLog}).
 */
public final class SlackAdapter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);
    private static final List<String> SLASH_COMMANDS = List.of("/hr", "/hvem", "/dagsorden");

    private final SlackSettings settings;
    private final ChatParts parts;
    private final Clock clock;
    private final App app;
    private final SlackPoster poster;
    private final AgendaFiles files;
    private final Permalinks permalinks;
    private final BlockKitRenderer renderer;
    private final AppHome home;
    private final ThreadPoolExecutor executor;
    private final Map<String, BlockActionHandler> actions;
    private SocketModeApp socketMode;

    public SlackAdapter(SlackSettings settings, ChatParts parts, Clock clock) {
        this.settings = settings;
        this.parts = parts;
        this.clock = clock;
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
        Slack slack = Slack.getInstance(slackConfig);
        // Bolt's own signature check is off: it would run after Bolt has parsed the body, on the body re-joined
        // line by line; SignedRequestServlet checks the raw bytes before Bolt sees them. Socket Mode needs none.
        AppConfig config = AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken())
                .authTestCacheEnabled(true).requestVerificationEnabled(false).build();
        this.app = new App(config);
        MethodsClient methods = slack.methods(settings.botToken());
        this.poster = new SlackPoster(methods);
        this.files = new AgendaFiles(methods, parts.documents());
        this.permalinks = new Permalinks(methods);
        this.renderer = new BlockKitRenderer(settings.publicUrl());
        this.home = new AppHome(methods, parts.welcome(), renderer);
        this.executor = new ThreadPoolExecutor(2, 8, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), r -> {
            Thread t = new Thread(r, "slack-worker");
            t.setDaemon(true);
            return t;
        });
        this.actions = Map.of(
                ActionIds.FEEDBACK_UP, (req, ctx) -> pressed(SlackInbound.feedback(req.getPayload(), true), ctx),
                ActionIds.FEEDBACK_DOWN, (req, ctx) -> pressed(SlackInbound.feedback(req.getPayload(), false), ctx),
                ActionIds.SHOW_SOURCE, (req, ctx) -> pressed(SlackInbound.showSource(req.getPayload()), ctx),
                ActionIds.PROPOSAL_APPROVE, (req, ctx) -> decideProposal(req, ctx, true),
                ActionIds.PROPOSAL_REJECT, (req, ctx) -> decideProposal(req, ctx, false));
        register();
    }

    /**
     * The servlet to mount at {@code /slack/events}: Slack's signature is checked on the raw body, then Bolt
     * handles the request. No filter may read the body before it.
     *
     * @throws IllegalStateException when Slack over HTTP is not configured (no signing secret)
     */
    public HttpServlet servlet() {
        if (!settings.http()) {
            throw new IllegalStateException("Slack over HTTP needs SLACK_SIGNING_SECRET");
        }
        return new SignedRequestServlet(new StrictRequestVerifier(settings.signingSecret(), clock), new BoltServlet(app));
    }

    /** How secretaries on Slack hear of proposals, and proposers on Slack of decisions. */
    public ProposalNotices proposalNotices() {
        return new SlackProposalNotices(poster, executor);
    }

    /**
     * Asks Slack whether the bot token is valid; call it once at start, before serving.
     *
     * @throws IllegalArgumentException saying what to fix when Slack refuses the token, or when Socket Mode is on and
     *     Slack cannot be reached (over HTTP, an unreachable Slack is logged as a warning)
     */
    public void checkToken() {
        TokenCheck.check(settings.apiUrl(), settings.botToken(), settings.socketMode());
    }

    public void startSocketMode() throws Exception {
        socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
        socketMode.startAsync();
        LOG.info("Slack Socket Mode started");
    }

    private void register() {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            return answerLater("slack:" + payload.getEventId(), SlackInbound.of(e.getUser(), e.getText(), e.getChannel(), thread,
                    payload.getEventId()), e.getChannel(), thread) ? ctx.ack() : busy();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            // Direct messages only; never a bot's message (this app's own included) or an edit.
            if ("im".equals(e.getChannelType()) && e.getBotId() == null && e.getSubtype() == null && e.getUser() != null
                    && !answerLater("slack:" + payload.getEventId(), SlackInbound.of(e.getUser(), e.getText(), e.getChannel(), e.getThreadTs(),
                    payload.getEventId()), e.getChannel(), e.getThreadTs())) {
                return busy();
            }
            return ctx.ack();
        });
        // The Home tab: the welcome, published afresh each time someone opens it.
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent e = payload.getEvent();
            if ("home".equals(e.getTab()) && e.getUser() != null) {
                submit(() -> home.publish(e.getUser()), null);
            }
            return ctx.ack();
        });
        // Acknowledged and ignored, so that Slack does not retry them.
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        for (String command : SLASH_COMMANDS) {
            app.command(command, (req, ctx) -> slashCommand(req, ctx.getTriggerId()));
        }
        app.globalShortcut(ActionIds.NEW_AGENDA_ITEM_SHORTCUT, (req, ctx) -> {
            String trigger = req.getPayload().getTriggerId();
            submit(() -> openModal(trigger, Map.of()), null);
            return ctx.ack();
        });
        // "Gør til dagsordenspunkt" on a message: the agenda modal with the message as sagsfremstilling and a link to it.
        app.messageShortcut(ActionIds.AGENDA_ITEM_FROM_MESSAGE_SHORTCUT, (req, ctx) -> {
            var payload = req.getPayload();
            String text = SlackInbound.messageText(payload.getMessage() == null ? null : payload.getMessage().getText());
            String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
            String domain = payload.getTeam() == null ? null : payload.getTeam().getDomain();
            submit(() -> openModal(payload.getTriggerId(), MessageItem.fields(text,
                    permalinks.of(channel, payload.getMessageTs(), domain), AgendaModal.MAX_INPUT_CHARS)), null);
            return ctx.ack();
        });
        // Saving the modal: the form goes through the assistant like every request, and its answer must be in the
        // acknowledgement (Slack shows errors beside their fields only then), so it is handled on the request thread.
        app.viewSubmission(ActionIds.AGENDA_MODAL, (req, ctx) -> {
            var payload = req.getPayload();
            String user = payload.getUser().getId();
            Reply reply = parts.handler().apply(Inbound.of(Channel.SLACK, user, null, payload.getView().getId(),
                    new InboundAction.AgendaForm(AgendaModal.values(payload.getView().getState()))));
            Map<String, String> errors = AgendaCommand.fieldErrors(reply);
            if (!errors.isEmpty()) {
                return ctx.ack(r -> r.responseAction("errors").errors(errors));
            }
            if (reply.kind() == dk.hrassistenten.bot.reply.ReplyKind.ERROR) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of("titel", reply.text())));
            }
            submit(() -> poster.post(user, null, renderer.render(reply)), null);
            return ctx.ack();
        });
        actions.forEach(app::blockAction);
    }

    private Response slashCommand(SlashCommandRequest req, String triggerId) {
        var p = req.getPayload();
        String command = p.getCommand().replaceFirst("^/", "");
        String args = p.getText() == null ? "" : p.getText().strip();
        if (command.equals("dagsorden") && args.matches("(?i)(ny|new)")) {
            submit(() -> openModal(triggerId, Map.of()), null);
            return req.getContext().ack();
        }
        String text = command.equals("hr") ? (args.isEmpty() ? "hjælp" : args) : "/" + command + " " + args;
        Inbound inbound = new Inbound(Channel.SLACK, p.getUserId(), SlackInbound.text(text), p.getChannelId(), triggerId);
        var ctx = req.getContext();
        submit(() -> {
            Reply reply = parts.handler().apply(inbound);
            if (AgendaFiles.offered(reply)) {
                if (postedAsFile(reply, p.getChannelId(), null)) {
                    return;
                }
                reply = withFileFailure(reply);
            }
            for (SlackMessage m : renderer.render(reply)) {
                ctx.respond(r -> r.responseType("ephemeral").text(m.text()).blocks(m.blocks()));
            }
        }, () -> ctx.respond(r -> r.responseType("ephemeral").text(Texts.DANISH.get("chat.busy"))));
        return ctx.ack();
    }

    /**
     * Answers a message in the background, once per delivery however often Slack delivers it. The claim is
     * made by the worker, so the acknowledgement waits for nothing but the signature checks.
     *
     * @return false when the work queue is full; the caller then answers 503 and Slack delivers it again later
     */
    private boolean answerLater(String deliveryKey, Inbound inbound, String channel, String thread) {
        return submit(() -> {
            if (!parts.deliveries().claim(deliveryKey)) {
                return;
            }
            try {
                Reply reply = parts.handler().apply(inbound);
                if (!AgendaFiles.offered(reply) || !postedAsFile(reply, channel, thread)) {
                    poster.post(channel, thread, renderer.render(AgendaFiles.offered(reply) ? withFileFailure(reply) : reply));
                }
                parts.deliveries().done(deliveryKey);
            } catch (Exception e) {
                parts.deliveries().release(deliveryKey); // Slack's retry of this delivery will be answered
                throw e;
            }
        }, null);
    }

    /** Posts an agenda's Word document into the conversation; false, after logging why, when Slack would not take it. */
    private boolean postedAsFile(Reply reply, String channel, String thread) {
        try {
            files.post(reply, channel, thread);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("posting an agenda document to Slack failed ({}: {})", e.getClass().getSimpleName(), e.getMessage());
            return false;
        }
    }

    /** The reply of a Word export whose file could not be posted, saying so and what to do. */
    private static Reply withFileFailure(Reply reply) {
        return new Reply(reply.kind(), reply.text() + "\n" + Texts.DANISH.get("chat.file_failed"), reply.unit(), reply.sources(), reply.agenda());
    }

    private static Response busy() {
        return Response.builder().statusCode(503).contentType("application/json").body("{\"error\":\"busy\"}").build();
    }

    /** @param initial fields to fill in, by name; empty for a blank form */
    private void openModal(String triggerId, Map<String, String> initial) throws Exception {
        var response = app.client().viewsOpen(r -> r.token(settings.botToken()).triggerId(triggerId)
                .view(AgendaModal.of(parts.forums().all(), clock, Texts.DANISH, initial)));
        if (!response.isOk()) {
            LOG.warn("views.open failed: {}", response.getError());
        }
    }

    /**
     * A secretary's Approve or Reject on a proposal's direct message: the command it stands for goes through the
     * assistant like a typed one (who may decide, audit, a repeated delivery of the press changing nothing twice).
     * Done, the message is replaced by the outcome so its buttons go; refused, the secretary is told beside it.
     */
    private Response decideProposal(BlockActionRequest req, ActionContext ctx, boolean approve) {
        var payload = req.getPayload();
        Inbound inbound = SlackInbound.decision(payload, approve);
        if (inbound == null) {
            return ctx.ack();
        }
        submit(() -> {
            Reply reply = parts.handler().apply(inbound);
            boolean done = reply.kind() != dk.hrassistenten.bot.reply.ReplyKind.ERROR;
            for (SlackMessage m : renderer.render(reply)) {
                ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(done).text(m.text()).blocks(m.blocks()));
            }
        }, null);
        return ctx.ack();
    }

    /**
     * 👍/👎 or "Vis hele kilden" under a reply: the action goes through the assistant like a message, and its reply is
     * shown to the person who pressed, beside the reply it was pressed on.
     */
    private Response pressed(Inbound inbound, ActionContext ctx) {
        if (inbound == null) {
            return ctx.ack();
        }
        submit(() -> {
            for (SlackMessage m : renderer.render(parts.handler().apply(inbound))) {
                ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(m.text()).blocks(m.blocks()));
            }
        }, null);
        return ctx.ack();
    }

    /** Work after the ack. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Runs work on the bounded executor; false (after telling the person, if it can) when the queue is full. */
    private boolean submit(Work work, Work whenBusy) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    LOG.error("Slack work failed ({})", e.getClass().getName(), e);
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            LOG.warn("Slack work queue full; refusing a request");
            if (whenBusy != null) {
                try {
                    whenBusy.run();
                } catch (Exception e) {
                    LOG.warn("could not tell Slack we are busy ({})", e.getClass().getName());
                }
            }
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        if (socketMode != null) {
            socketMode.stop();
        }
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
