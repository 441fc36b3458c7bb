package dk.hrassistenten.adapters.teams;

import dk.hrassistenten.bot.ChatParts;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.ProposalNotices;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Teams app: the Bot Framework SDK behind {@code POST /api/messages}. Answers are worked out on a bounded
 * pool; the rest of the service sees only this class, {@link TeamsSettings} and a servlet.
 */
public final class TeamsAdapter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsAdapter.class);

    private final ThreadPoolExecutor answers;
    private final MessagesServlet servlet;
    private final TeamsProposalNotices proposalNotices;

    public TeamsAdapter(TeamsSettings settings, ChatParts parts, Clock clock) {
        this(settings, parts, clock, ConnectorAdapter.tenantCredentials(settings));
    }

    /** @param outbound the credentials replies are sent with; tests pass ones that need no Entra ID */
    TeamsAdapter(TeamsSettings settings, ChatParts parts, Clock clock, ConnectorAdapter.OutboundCredentials outbound) {
        this.answers = new ThreadPoolExecutor(2, 8, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), r -> {
            Thread t = new Thread(r, "teams-worker");
            t.setDaemon(true);
            return t;
        });
        ConnectorAdapter adapter = new ConnectorAdapter(settings, ConnectorRetry.standard(), outbound);
        AssistantBot bot = new AssistantBot(settings, parts, adapter, answers, clock);
        this.servlet = new MessagesServlet(settings, adapter, bot);
        this.proposalNotices = new TeamsProposalNotices(adapter, settings.appId(), parts.conversations(),
                new AdaptiveCards(settings.publicUrl(), Texts.DANISH), answers, Texts.DANISH);
        if (settings.localDevelopment()) {
            LOG.warn("Teams at /api/messages WITHOUT authentication (TEAMS_LOCAL_DEV=true): the service listens on loopback only");
        } else {
            LOG.info("Teams at /api/messages: {}", settings);
        }
    }

    /** How secretaries on Teams hear of proposals, and proposers on Teams of decisions. */
    public ProposalNotices proposalNotices() {
        return proposalNotices;
    }

    /** The servlet to mount at {@code /api/messages}. */
    public HttpServlet servlet() {
        return servlet;
    }

    @Override
    public void close() throws InterruptedException {
        answers.shutdown();
        answers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
