package dk.hrassistenten.bot;

import dk.hrassistenten.bot.access.Audiences;
import dk.hrassistenten.bot.answer.AnswerComposer;
import dk.hrassistenten.bot.answer.UnitReplies;
import dk.hrassistenten.bot.command.Command;
import dk.hrassistenten.bot.command.CommandContext;
import dk.hrassistenten.bot.command.CommandRegistry;
import dk.hrassistenten.bot.command.HelpCommand;
import dk.hrassistenten.bot.command.UnitCommand;
import dk.hrassistenten.bot.command.UnitsCommand;
import dk.hrassistenten.bot.command.WhoCommand;
import dk.hrassistenten.bot.intent.ConversationMemory;
import dk.hrassistenten.bot.intent.FollowUp;
import dk.hrassistenten.bot.intent.PersonalQuestion;
import dk.hrassistenten.bot.intent.UnitQuestion;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import dk.hrassistenten.bot.intent.WhoQuestion;
import dk.hrassistenten.bot.answer.Sources;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.SourceView;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.analysis.EnglishStopWords;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The single entry point of every channel: a message in, a reply out. Synchronous, transport-neutral,
 * thread-safe; it never throws (a failure becomes an error reply that says nothing was changed).
 * Question text is not logged.
 */
public final class Assistant {

    private static final Logger LOG = LoggerFactory.getLogger(Assistant.class);
    public static final int MAX_MESSAGE_CHARS = 4000;
    private static final int SEARCH_HITS = 8;
    /** A not-found reply names a unit to ask only when that unit's tasks cover the question this well. */
    private static final double SUGGEST_UNIT_COVERAGE = 0.75;

    private final Supplier<KnowledgeSnapshot> knowledge;
    private final CommandRegistry commands;
    private final AnswerComposer answers;
    private final ConversationMemory memory = new ConversationMemory(java.time.Clock.systemUTC());
    private final UnitReplies units;
    private final PrivacyStore privacy;
    private final Audiences audiences;
    private final MeterRegistry meters;

    /**
     * @param knowledge the current snapshot, or null while the first index is being built
     */
    public Assistant(Supplier<KnowledgeSnapshot> knowledge, MeterRegistry meters) {
        this(knowledge, meters, AssistantParts.none());
    }

    public Assistant(Supplier<KnowledgeSnapshot> knowledge, MeterRegistry meters, AssistantParts parts) {
        this.knowledge = knowledge;
        this.meters = meters;
        this.answers = new AnswerComposer(parts.llm());
        this.units = new UnitReplies(parts.contacts());
        this.privacy = parts.privacy();
        this.audiences = parts.audiences();
        List<Command> all = new java.util.ArrayList<>(List.of(new HelpCommand(), new WhoCommand(units), new UnitsCommand(), new UnitCommand(units)));
        all.addAll(parts.extraCommands());
        this.commands = new CommandRegistry(all);
    }

    public CommandRegistry commands() {
        return commands;
    }

    public Reply handle(Inbound inbound) {
        Timer.Sample sample = Timer.start(meters);
        // Every log line about this message carries its id (never its text).
        MDC.put("correlation", inbound.requestId() != null ? inbound.channel().name().toLowerCase(java.util.Locale.ROOT) + ":" + inbound.requestId()
                : java.util.UUID.randomUUID().toString());
        Reply reply;
        try {
            reply = route(inbound);
            if (privacy != null) {
                reply = withPrivacy(inbound, reply);
            }
        } catch (RuntimeException e) {
            LOG.error("failed to handle a {} message ({})", inbound.channel(), e.getClass().getName(), e);
            reply = Reply.error(Texts.DANISH.get("internal_error"));
        } finally {
            MDC.remove("correlation");
        }
        sample.stop(meters.timer("hr_assistant_reply_seconds", "channel", inbound.channel().name().toLowerCase(java.util.Locale.ROOT),
                "kind", reply.kind().wireName()));
        return reply;
    }

    /**
     * Records an unanswered question (for HR's list of what to document next), and introduces the assistant
     * as automated the first time it talks to someone.
     */
    private Reply withPrivacy(Inbound inbound, Reply reply) {
        if (reply.kind() == dk.hrassistenten.bot.reply.ReplyKind.NOT_FOUND && !inbound.text().startsWith("/")) {
            privacy.recordUnanswered(inbound.text(), inbound.channel().name().toLowerCase(java.util.Locale.ROOT));
        }
        // The web chat says it is an automated assistant on the page itself, for every visit; other channels
        // are told once per person.
        if (inbound.channel() != Channel.WEB && privacy.firstContact(inbound.userId())) {
            Texts texts = Texts.of(EnglishStopWords.isEnglish(inbound.text()));
            return new Reply(reply.kind(), texts.get("intro") + "\n\n" + reply.text(), reply.unit(), reply.sources(), reply.agenda());
        }
        return reply;
    }

    /**
     * The text of a cited section, for source links. Passages restricted to an audience are never shown.
     *
     * @param section the heading path as sources give it ("Punkt 10: E-læring › Beslutning"), or "" for the whole document
     */
    public Optional<SourceView> source(String path, String section) {
        KnowledgeSnapshot snapshot = knowledge.get();
        if (snapshot == null) {
            return Optional.empty();
        }
        List<Passage> passages = snapshot.passages().stream()
                .filter(p -> p.path().equals(path) && p.audience() == null && (section.isEmpty() || p.section().equals(section)))
                .toList();
        if (passages.isEmpty()) {
            return Optional.empty();
        }
        Passage first = passages.get(0);
        String meta = String.join(", ", java.util.stream.Stream.of(Sources.date(first.date()), first.organization(), first.path())
                .filter(s -> s != null && !s.isEmpty()).toList());
        String text = String.join("\n", passages.stream().map(Passage::text).toList());
        return Optional.of(new SourceView(first.title(), section, meta, text));
    }

    private Reply route(Inbound inbound) {
        String text = inbound.text();
        boolean english = EnglishStopWords.isEnglish(text);
        Texts texts = Texts.of(english);
        if (text.isEmpty()) {
            return Reply.help(texts.get("empty"));
        }
        if (text.length() > MAX_MESSAGE_CHARS) {
            return Reply.error(texts.get("too_long", text.length(), MAX_MESSAGE_CHARS));
        }
        KnowledgeSnapshot snapshot = knowledge.get();
        Optional<CommandRegistry.Invocation> invocation = commands.parse(text);
        if (invocation.isPresent()) {
            CommandRegistry.Invocation inv = invocation.get();
            if (inv.command() == null) {
                return Reply.error(texts.get("unknown_command", inv.name()));
            }
            if (snapshot == null && inv.command().needsKnowledge()) {
                return Reply.error(texts.get("not_ready"));
            }
            // A command typed by its English name answers in English.
            Texts commandTexts = inv.name().equals(inv.command().spec().name()) ? Texts.DANISH : Texts.ENGLISH;
            return inv.command().execute(new CommandContext(inbound, snapshot, commandTexts, commands), inv.arguments());
        }
        if (snapshot == null) {
            return Reply.error(texts.get("not_ready"));
        }
        Reply reply = answer(snapshot, inbound, text, english, texts);
        memory.remember(inbound.conversationId(), text, reply.unit() == null ? null : reply.unit().name());
        return reply;
    }

    /**
     * Answers a question; a follow-up ("og hvem leder den?") is read together with the conversation's
     * previous question, with or without a model.
     */
    private Reply answer(KnowledgeSnapshot snapshot, Inbound inbound, String asked, boolean english, Texts texts) {
        Optional<ConversationMemory.Turn> previous = FollowUp.isFollowUp(asked) ? memory.last(inbound.conversationId()) : Optional.empty();
        if (previous.isPresent()) {
            Optional<dk.hrassistenten.knowledge.units.Unit> unit = Optional.ofNullable(previous.get().unit()).flatMap(snapshot.units()::find);
            if (unit.isPresent() && UnitQuestion.asksAboutAUnit(asked)) {
                return units.describe(unit.get(), snapshot.units(), texts);
            }
        }
        if (previous.isEmpty() && PersonalQuestion.asksForOwnData(asked)) {
            return Reply.notFound(texts.get("not_found") + " " + texts.get("not_found.personal"));
        }
        String text = previous.map(p -> p.question() + " " + asked).orElse(asked);
        Optional<UnitDirectory.Mention> named = snapshot.units().mentionedIn(text);
        if (named.isPresent() && named.get().formerName() && UnitReplies.asksForCurrentName(text, named.get(), snapshot.units())) {
            return units.renamed(named.get(), snapshot.units(), texts);
        }
        if (named.isPresent() && UnitQuestion.asksAboutAUnit(text)) {
            return units.describe(named.get().unit(), snapshot.units(), texts);
        }
        Optional<String> topic = WhoQuestion.topic(text);
        if (topic.isPresent() && named.isEmpty()) {
            Optional<Reply> unit = units.whoHandles(snapshot, topic.get(), english);
            if (unit.isPresent()) {
                return unit.get();
            }
        }
        KnowledgeSnapshot.SearchResult result = snapshot.search(text, audiences.of(inbound.userId()), SEARCH_HITS);
        Reply reply = answers.answer(snapshot, result).orElseGet(() -> notFound(snapshot, text, english, texts));
        return named.filter(UnitDirectory.Mention::formerName).map(m -> withRenameNote(reply, m, texts)).orElse(reply);
    }

    /** Not found; when one unit's tasks clearly cover the question, it is named as the place to ask. */
    private static Reply notFound(KnowledgeSnapshot snapshot, String question, boolean english, Texts texts) {
        List<UnitDirectory.Match> matches = snapshot.units().lookup(question, english);
        boolean clear = !matches.isEmpty() && matches.get(0).coverage() >= SUGGEST_UNIT_COVERAGE
                && (matches.size() == 1 || matches.get(1).score() < matches.get(0).score() * 0.8);
        String text = texts.get("not_found") + (clear ? " " + texts.get("not_found.ask_unit", matches.get(0).unit().name()) : "");
        return Reply.notFound(text);
    }

    /** A question that uses a unit's former name is told the current one. */
    private static Reply withRenameNote(Reply reply, UnitDirectory.Mention mention, Texts texts) {
        String note = texts.get("note.renamed", mention.namedAs(), mention.unit().name());
        return new Reply(reply.kind(), reply.text() + "\n" + note, reply.unit(), reply.sources(), reply.agenda());
    }
}
