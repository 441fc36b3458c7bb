package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.store.Database;

import dk.hrassistenten.adapters.slack.SlackAdapter;
import dk.hrassistenten.adapters.teams.TeamsAdapter;
import dk.hrassistenten.bot.ChatParts;
import dk.hrassistenten.bot.OrganisationTime;
import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.AssistantParts;
import dk.hrassistenten.bot.access.Audiences;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import dk.hrassistenten.bot.privacy.Pseudonyms;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.delivery.ChatConversations;
import dk.hrassistenten.bot.delivery.DeliveryLog;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.insight.QuestionCounter;
import dk.hrassistenten.bot.insight.UsageReport;
import dk.hrassistenten.bot.intent.StoredConversationMemory;
import dk.hrassistenten.bot.welcome.Welcome;
import dk.hrassistenten.bot.llm.LlmAnswerer;
import dk.hrassistenten.bot.reply.Reply;
import java.util.function.Function;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.AgendaDocuments;
import dk.hrassistenten.bot.agenda.AgendaStore;
import dk.hrassistenten.bot.agenda.Forums;
import dk.hrassistenten.bot.agenda.ProposalRelay;
import dk.hrassistenten.bot.answer.UnitContacts;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import dk.hrassistenten.knowledge.KnowledgeBase;
import dk.hrassistenten.knowledge.analysis.LanguageData;
import dk.hrassistenten.knowledge.store.IndexStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The assembled service parts one command needs: knowledge, assistant, metrics. Built once per process. */
final class Services implements AutoCloseable {

    final Settings settings;
    final KnowledgeBase knowledge;
    final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final Assistant assistant;

    final Database database;
    final StoreCheck store;
    final Forums forums;
    final AgendaDocuments documents;
    final DeliveryLog deliveries;
    final ChatConversations conversations;
    /** The chat adapters join it as they are built, so that the agenda's proposals reach their secretaries. */
    private final ProposalRelay proposalNotices = new ProposalRelay();
    final PrivacyStore privacy;
    /** What Slack's App Home and Teams' installation say first. */
    final Welcome welcome;
    /** What HR's view at /admin shows. */
    final UsageReport usage;

    /** The services with an index built in memory at every start (chat, eval, bench). */
    Services(Settings settings) {
        this(settings, false);
    }

    /**
     * @param keepIndex whether the index is kept under {@code --data} between starts (the service), so that a restart
     *                  answers at once and a changed document is indexed alone; one process at a time may keep it
     */
    Services(Settings settings, boolean keepIndex) {
        this.settings = settings;
        this.knowledge = new KnowledgeBase(settings.origin().open(), keepIndex ? indexStore(settings) : null);
        this.forums = forums(settings);
        this.database = Database.open(settings.dbUrl(), settings.data());
        this.store = new StoreCheck(database);
        Clock clock = OrganisationTime.systemClock();
        AgendaStore agendas = new AgendaStore(database, clock);
        AgendaCommand agenda = new AgendaCommand(forums, agendas, clock, proposalNotices);
        this.documents = new AgendaDocuments(forums, agendas);
        this.deliveries = new DeliveryLog(database, clock);
        this.conversations = new ChatConversations(database, clock);
        Pseudonyms pseudonyms = new Pseudonyms(settings.pseudonymKey());
        FeedbackStore feedback = new FeedbackStore(database, pseudonyms, clock, meters);
        this.privacy = new PrivacyStore(database, pseudonyms, clock);
        UnitContacts contacts = contacts(settings);
        this.assistant = new Assistant(knowledge::current, meters, AssistantParts.none().withCommands(List.of(agenda))
                .withContacts(contacts).withLlm(settings.llm() == null ? null : LlmAnswerer.create(settings.llm(), meters))
                .withPrivacy(privacy).withAudiences(audiences(settings)).withFeedback(feedback)
                .withQuestionCounter(new QuestionCounter(database, clock))
                // In the shared database, so that a follow-up is understood on whichever replica it lands.
                .withMemory(new StoredConversationMemory(database, clock)));
        this.usage = new UsageReport(database, knowledge::current, clock);
        // The web chat's suggestions, tried without keeping or counting anything.
        this.welcome = new Welcome(settings.exampleQuestions(), assistant::suggestions);
        Gauge.builder("hr_assistant_index_passages", knowledge, k -> k.current() == null ? 0 : k.current().passages().size()).register(meters);
        Gauge.builder("hr_assistant_index_documents", knowledge, k -> k.current() == null ? 0 : k.current().documents().size()).register(meters);
        Gauge.builder("hr_assistant_index_age_seconds", knowledge,
                k -> k.current() == null ? -1 : (System.currentTimeMillis() - k.current().builtAt().toEpochMilli()) / 1000.0).register(meters);
        Gauge.builder("hr_assistant_ready", knowledge, k -> k.ready() ? 1 : 0).register(meters);
        SourceMetrics.register(meters, knowledge, Clock.systemUTC());
    }

    private static IndexStore indexStore(Settings settings) {
        try {
            return IndexStore.open(settings.data().resolve("index"), LanguageData.standard());
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new Settings.InvalidSettingException(e.getMessage() + " Give each process its own --data.", e);
        }
    }

    /**
     * The Slack app when Slack is configured, else null.
     *
     * @param handler how messages are answered; the assistant, or a wrapper of it in tests
     */
    SlackAdapter slack(Function<Inbound, Reply> handler) {
        if (settings.slack() == null) {
            return null;
        }
        SlackAdapter slack = new SlackAdapter(settings.slack(), chatParts(handler), Clock.systemUTC());
        proposalNotices.join(slack.proposalNotices());
        return slack;
    }

    /**
     * The Teams app when Teams is configured, else null.
     *
     * @param handler how messages are answered; the assistant, or a wrapper of it in tests
     */
    TeamsAdapter teams(Function<Inbound, Reply> handler) {
        if (settings.teams() == null) {
            return null;
        }
        TeamsAdapter teams = new TeamsAdapter(settings.teams(), chatParts(handler), OrganisationTime.systemClock());
        proposalNotices.join(teams.proposalNotices());
        return teams;
    }

    private ChatParts chatParts(Function<Inbound, Reply> handler) {
        return new ChatParts(handler, documents, forums, deliveries, conversations, welcome);
    }

    /** The forums file, or the shipped example; a file that cannot be read stops the start with what to fix. */
    private static Forums forums(Settings settings) {
        if (settings.forums() == null) {
            return Forums.example();
        }
        try {
            return Forums.load(settings.forums());
        } catch (IOException e) {
            throw new Settings.InvalidSettingException("The forums file cannot be used: " + e.getMessage() + ". Fix the file, or point --forums (HR_ASSISTANT_FORUMS) at another.", e);
        }
    }

    /** The administrator's unit contacts, or none; a file that cannot be read stops the start with what to fix. */
    private static UnitContacts contacts(Settings settings) {
        if (settings.units() == null) {
            return UnitContacts.none();
        }
        try {
            return UnitContacts.load(settings.units());
        } catch (IOException e) {
            throw new Settings.InvalidSettingException("The units file cannot be used: " + e.getMessage() + ". Fix the file, or point --units (HR_ASSISTANT_UNITS) at another.", e);
        }
    }

    /** Who belongs to which audience, or no one; a file that cannot be read stops the start with what to fix. */
    private static Audiences audiences(Settings settings) {
        if (settings.audiences() == null) {
            return Audiences.none();
        }
        try {
            return Audiences.load(settings.audiences());
        } catch (IOException e) {
            throw new Settings.InvalidSettingException("The audiences file cannot be used: " + e.getMessage() + ". Fix the file, or point --audiences (HR_ASSISTANT_AUDIENCES) at another.", e);
        }
    }

    @Override
    public void close() throws IOException {
        knowledge.close();
        store.close();
        database.close();
    }
}
