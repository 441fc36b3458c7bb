package dk.hrassistenten.bot;

import dk.hrassistenten.bot.access.Audiences;
import dk.hrassistenten.bot.action.ActionReplies;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.answer.AnswerComposer;
import dk.hrassistenten.bot.answer.UnitReplies;
import dk.hrassistenten.bot.command.Command;
import dk.hrassistenten.bot.command.CommandContext;
import dk.hrassistenten.bot.command.CommandRegistry;
import dk.hrassistenten.bot.command.HelpCommand;
import dk.hrassistenten.bot.command.UnitCommand;
import dk.hrassistenten.bot.command.UnitsCommand;
import dk.hrassistenten.bot.command.WhoCommand;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.insight.QuestionCounter;
import dk.hrassistenten.bot.intent.ConversationMemory;
import dk.hrassistenten.bot.intent.Intent;
import dk.hrassistenten.bot.intent.QueryUnderstanding;
import dk.hrassistenten.bot.privacy.PersonalData;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import dk.hrassistenten.bot.answer.SourceViews;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.suggest.SuggestedQuestions;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The single entry point of every channel: a message, a button press or a submitted form in, a reply out. Synchronous, transport-neutral,
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
    private final QueryUnderstanding understanding;
    private final AnswerComposer answers;
    /** Answers without the model, for trying suggested questions: whether there is an answer does not depend on it. */
    private final AnswerComposer extractive = new AnswerComposer(null);
    private final ConversationMemory memory;
    private final UnitReplies units;
    private final PrivacyStore privacy;
    private final FeedbackStore feedback;
    private final QuestionCounter questions;
    private final Audiences audiences;
    private final MeterRegistry meters;
    private final ActionReplies actions;
    /** The latest index's suggested questions; replaced whole when the index changes. */
    private volatile Suggestions suggested;

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
        this.memory = parts.memory() != null ? parts.memory() : new dk.hrassistenten.bot.intent.LocalConversationMemory(java.time.Clock.systemUTC());
        this.units = new UnitReplies(parts.contacts());
        this.privacy = parts.privacy();
        this.feedback = parts.feedback();
        this.questions = parts.questions();
        this.audiences = parts.audiences();
        SourceViews sources = new SourceViews(knowledge);
        this.actions = new ActionReplies(parts.feedback(), sources, parts.extraCommands().stream()
                .filter(AgendaCommand.class::isInstance).map(AgendaCommand.class::cast).findFirst().orElse(null));
        List<Command> all = new java.util.ArrayList<>(List.of(new HelpCommand(), new WhoCommand(units), new UnitsCommand(), new UnitCommand(units)));
        all.addAll(parts.extraCommands());
        this.commands = new CommandRegistry(all);
        this.understanding = new QueryUnderstanding(commands);
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
            Routed routed = route(inbound);
            reply = routed.reply();
            if (questions != null && isQuestion(inbound, routed)) {
                questions.count(inbound.channel().name().toLowerCase(java.util.Locale.ROOT), reply.kind() != ReplyKind.NOT_FOUND);
            }
            if (privacy != null) {
                reply = withPrivacy(inbound, routed);
            }
            if (feedback != null && rateable(inbound, reply)) {
                String id = feedback.remember(inbound.userId(), inbound.channel().name().toLowerCase(java.util.Locale.ROOT), inbound.text(),
                        routed.reply(), PersonalData.commonWords(knowledge.get()));
                reply = id == null ? reply : reply.withId(id);
            }
        } catch (RuntimeException e) {
            LOG.error("failed to handle a {} {} ({})", inbound.channel(), inbound.action() == null ? "message"
                    : inbound.action().getClass().getSimpleName(), e.getClass().getName(), e);
            reply = Reply.error(Texts.DANISH.get("internal_error"));
        } finally {
            MDC.remove("correlation");
        }
        sample.stop(meters.timer("hr_assistant_reply_seconds", "channel", inbound.channel().name().toLowerCase(java.util.Locale.ROOT),
                "kind", reply.kind().wireName()));
        return reply;
    }

    /**
     * Whether the message asked the documents something, answered or not: not a button press, a command, small talk
     * or a message refused before it was read (these are help or error replies).
     */
    private static boolean isQuestion(Inbound inbound, Routed routed) {
        ReplyKind kind = routed.reply().kind();
        return inbound.action() == null && !routed.command() && (kind == ReplyKind.ANSWER || kind == ReplyKind.UNIT || kind == ReplyKind.NOT_FOUND);
    }

    /**
     * Whether the reply answers a message with 👍/👎 under it: an answer or a unit, in a channel that shows the buttons
     * (not the terminal, where there are none, so its questions are not kept for feedback).
     */
    private static boolean rateable(Inbound inbound, Reply reply) {
        return inbound.action() == null && inbound.channel() != Channel.CLI && (reply.kind() == ReplyKind.ANSWER || reply.kind() == ReplyKind.UNIT);
    }

    /**
     * Records an unanswered question (for HR's list of what to document next), and introduces the assistant
     * as automated the first time it talks to someone.
     */
    private Reply withPrivacy(Inbound inbound, Routed routed) {
        Reply reply = routed.reply();
        // A button press asks nothing, and answers a card the assistant has already shown: the introduction is
        // left for the first answer to something the person asked.
        if (inbound.action() != null) {
            return reply;
        }
        if (reply.kind() == ReplyKind.NOT_FOUND && !routed.command()) {
            privacy.recordUnanswered(inbound.text(), inbound.channel().name().toLowerCase(java.util.Locale.ROOT), inbound.userId());
        }
        // The web chat says it is an automated assistant on the page itself, for every visit; other channels
        // are told once per person.
        if (inbound.channel() != Channel.WEB && privacy.firstContact(inbound.userId())) {
            Texts texts = Texts.of(routed.english());
            // A greeting answered with the introduction says hello once.
            String text = routed.greeting() ? texts.get("smalltalk.can_do") : reply.text();
            return new Reply(reply.kind(), texts.get("intro") + "\n\n" + text, reply.unit(), reply.sources(), reply.agenda());
        }
        return reply;
    }

    /**
     * A few questions to offer on an empty chat, drawn from the documents ({@link SuggestedQuestions}): only questions
     * this assistant answers. Worked out once per index (asking each candidate, without counting or recording it), then
     * kept until the index changes; empty while the first index is being built.
     */
    public List<String> suggestions() {
        KnowledgeSnapshot snapshot = knowledge.get();
        if (snapshot == null) {
            return List.of();
        }
        Suggestions kept = suggested;
        if (kept != null && kept.snapshot() == snapshot) {
            return kept.questions();
        }
        Texts texts = Texts.DANISH;
        List<String> questions = SuggestedQuestions.of(snapshot, question -> {
            try {
                Intent intent = understanding.understand(question, snapshot);
                ReplyKind kind = intent.kind() == Intent.Kind.COMMAND ? ReplyKind.HELP
                        : answer(snapshot, Inbound.of(Channel.WEB, null, question), intent, texts, extractive).kind();
                return kind == ReplyKind.ANSWER || kind == ReplyKind.UNIT;
            } catch (RuntimeException e) {
                LOG.warn("a suggested question could not be tried ({})", e.getClass().getName());
                return false;
            }
        });
        suggested = new Suggestions(snapshot, questions);
        return questions;
    }

    /** The suggestions worked out for one index. */
    private record Suggestions(KnowledgeSnapshot snapshot, List<String> questions) {
    }

    /** A reply, and what the privacy wrapper needs to know of the message it answers. */
    private record Routed(Reply reply, boolean english, boolean command, boolean greeting) {
        Routed(Reply reply, boolean english, boolean command) {
            this(reply, english, command, false);
        }
    }

    /**
     * Answers a button press by its action; reads a message once, into an intent, and answers by its kind; nothing after
     * this re-reads the text.
     */
    private Routed route(Inbound inbound) {
        if (inbound.action() != null) {
            return new Routed(actions.reply(inbound), false, false);
        }
        String text = inbound.text();
        if (text.isEmpty() || text.length() > MAX_MESSAGE_CHARS) {
            boolean english = understanding.english(text);
            Texts texts = Texts.of(english);
            return new Routed(text.isEmpty() ? Reply.help(texts.get("empty")) : Reply.error(texts.get("too_long", text.length(), MAX_MESSAGE_CHARS)),
                    english, false);
        }
        KnowledgeSnapshot snapshot = knowledge.get();
        Intent intent = understanding.understand(text, snapshot);
        Texts texts = Texts.of(intent.english());
        boolean command = intent.command() != null;
        if (intent.kind() == Intent.Kind.COMMAND) {
            return new Routed(command(inbound, snapshot, intent.command(), intent.command().arguments(), texts), intent.english(), true);
        }
        if (intent.kind() == Intent.Kind.SMALL_TALK) {
            String key = "smalltalk." + intent.smallTalk().name().toLowerCase(java.util.Locale.ROOT);
            return new Routed(Reply.help(texts.get(key, texts.get("smalltalk.can_do"))), intent.english(), false,
                    intent.smallTalk() == Intent.SmallTalk.GREETING);
        }
        if (snapshot == null) {
            return new Routed(Reply.error(texts.get("not_ready")), intent.english(), command);
        }
        Reply reply = answer(snapshot, inbound, intent, texts, answers);
        memory.remember(inbound.conversationId(), intent.text(), reply.unit() == null ? null : reply.unit().name());
        return new Routed(reply, intent.english(), command);
    }

    private Reply command(Inbound inbound, KnowledgeSnapshot snapshot, CommandRegistry.Invocation inv, String arguments, Texts texts) {
        if (inv.command() == null) {
            return Reply.error(texts.get("unknown_command", inv.name()));
        }
        if (snapshot == null && inv.command().needsKnowledge()) {
            return Reply.error(texts.get("not_ready"));
        }
        // A command typed by its English name answers in English.
        Texts commandTexts = inv.name().equals(inv.command().spec().name()) ? Texts.DANISH : Texts.ENGLISH;
        return inv.command().execute(new CommandContext(inbound, snapshot, commandTexts, commands), arguments);
    }

    /**
     * Answers by the intent. A follow-up ("og hvem leder den?") about the previous answer's unit describes that
     * unit; another follow-up is read together with the conversation's previous question, and one without a
     * previous question is read on its own.
     */
    private Reply answer(KnowledgeSnapshot snapshot, Inbound inbound, Intent intent, Texts texts, AnswerComposer composer) {
        if (intent.kind() == Intent.Kind.FOLLOW_UP) {
            Optional<ConversationMemory.Turn> previous = memory.last(inbound.conversationId());
            if (previous.isEmpty()) {
                return answer(snapshot, inbound, intent.standalone(), texts, composer);
            }
            Optional<dk.hrassistenten.knowledge.units.Unit> unit = Optional.ofNullable(previous.get().unit()).flatMap(snapshot.units()::find);
            if (unit.isPresent() && intent.aboutAUnit()) {
                return units.describe(unit.get(), snapshot.units(), texts);
            }
            Intent together = understanding.understand(previous.get().question() + " " + intent.text(), snapshot);
            if (together.kind() == Intent.Kind.FOLLOW_UP) {
                together = together.standalone();
            }
            // After "/hvem løn" a follow-up is a question of its own, not more arguments for the command.
            return answer(snapshot, inbound, together.command() != null ? intent.standalone() : together, texts, composer);
        }
        if (intent.kind() == Intent.Kind.PERSONAL) {
            return Reply.notFound(texts.get("not_found") + " " + texts.get("not_found.personal"));
        }
        String text = intent.text();
        boolean english = intent.english();
        Optional<UnitDirectory.Mention> named = snapshot.units().mentionedIn(text);
        if (named.isPresent() && named.get().formerName() && intent.aspect() == Intent.UnitAspect.NAME
                && UnitReplies.onlyAboutTheName(dk.hrassistenten.knowledge.analysis.Sentences.last(text), named.get(), snapshot.units())) {
            return units.renamed(named.get(), snapshot.units(), texts);
        }
        if (named.isPresent() && intent.aboutAUnit()
                && (intent.kind() != Intent.Kind.ROLE_HOLDER || leaderIsNamed(named.get().unit(), snapshot))) {
            return units.describe(named.get().unit(), snapshot.units(), texts);
        }
        if (named.isPresent() && intent.kind() == Intent.Kind.ROLE_HOLDER && intent.aspect() == Intent.UnitAspect.LEADER) {
            // The unit is known and its description names no leader ("Leder: sekretariatschef", "stillingen er
            // vakant"): another passage naming some person would answer for another unit.
            return units.leaderNotNamed(named.get().unit(), texts);
        }
        if (intent.kind() == Intent.Kind.WHO_HANDLES && intent.command() != null) {
            return command(inbound, snapshot, intent.command(), intent.topic(), texts);
        }
        // A unit with units of its own named in a who-question ("… på Østkyst Sygehus") says where, not who.
        boolean namesAScope = named.isPresent() && snapshot.units().scopesNamedIn(text).contains(named.get().unit());
        // "Vi plejede at kontakte Elevsekretariatet – hvem tager sig af det nu?": a former name asks who does it now;
        // "Jeg er ansat i Trafikvagten og har mistet mit frikort. Hvem skal jeg kontakte?": a unit the story names
        // before the question is where the asker works, not whom they ask for
        boolean namedBeforeTheQuestion = named.isPresent()
                && snapshot.units().mentionedIn(dk.hrassistenten.knowledge.analysis.Sentences.last(text)).isEmpty();
        boolean whoHandles = intent.kind() == Intent.Kind.WHO_HANDLES
                && (named.isEmpty() || namesAScope || named.get().formerName() || namedBeforeTheQuestion
                || UnitDirectory.namedAsWhatItIsFor(text, named.get().namedAs())); // "… tjenesteplanerne for Security?" asks for another
        if (whoHandles) {
            Optional<Reply> unit = units.whoHandles(snapshot, intent.topic(), english)
                    .or(() -> withoutAsker(intent.topic(), english).flatMap(t -> units.whoHandles(snapshot, t, english)));
            if (unit.isPresent()) {
                return unit.get();
            }
        }
        KnowledgeSnapshot.SearchResult result = snapshot.search(text, english, audiences.of(inbound.userId()), SEARCH_HITS);
        Optional<Reply> answered = composer.answer(snapshot, result, wanted(intent), asAUnit(whoHandles, result.plan(), snapshot, texts));
        Optional<UnitDirectory.Mention> former = named.filter(UnitDirectory.Mention::formerName);
        boolean renamedOnly = former.flatMap(UnitDirectory.Mention::rename).map(r -> !r.merger()).orElse(false);
        if (answered.isEmpty() && intent.kind() == Intent.Kind.WHO_HANDLES && renamedOnly) {
            // "Før gik vi til Udviklingskontoret – hvor skal jeg henvende mig nu?": the unit it became; not after a
            // merger, which may have left a task with another unit than the merged one
            return units.renamed(former.get(), snapshot.units(), texts);
        }
        Reply reply = answered.orElseGet(() -> notFound(snapshot, text, english, texts));
        return former.map(m -> withRenameNote(reply, m, texts)).orElse(reply);
    }

    /** "… portør på X og har tabt nøglen" → "har tabt nøglen på X", when the topic opens with the asker's role at a workplace. */
    private static Optional<String> withoutAsker(String topic, boolean english) {
        String without = dk.hrassistenten.bot.intent.QueryUnderstanding.withoutAsker(topic, english);
        return without.equals(topic) ? Optional.empty() : Optional.of(without);
    }

    /**
     * How a quote naming a unit becomes that unit's reply, or null to quote: for a who-question, no unit's tasks cover
     * it but a passage may name the unit doing it; "Hvor bestiller man …?" answered by "Bestil den hos X" names where
     * to turn too, when the quote sends the asker to the unit.
     */
    private java.util.function.Function<AnswerComposer.Handler, Reply> asAUnit(boolean whoHandles, dk.hrassistenten.knowledge.index.QueryPlan plan,
                                                                              KnowledgeSnapshot snapshot, Texts texts) {
        if (whoHandles) {
            return h -> units.handledBy(h, snapshot.units(), texts);
        }
        if (plan.answerType() == dk.hrassistenten.knowledge.index.QueryPlan.AnswerType.PLACE) {
            return h -> h.sendsTo() ? units.handledBy(h, snapshot.units(), texts) : null;
        }
        return null;
    }

    private static AnswerComposer.Wanted wanted(Intent intent) {
        return switch (intent.kind()) {
            case ROLE_HOLDER -> AnswerComposer.Wanted.A_PERSON;
            case WHO_HANDLES -> AnswerComposer.Wanted.A_HANDLER;
            default -> AnswerComposer.Wanted.ANYTHING;
        };
    }

    /** Whether a unit's leader line names a person ("afdelingschef Mette Skov"), not only a title ("en kontorchef"). */
    private static boolean leaderIsNamed(dk.hrassistenten.knowledge.units.Unit unit, KnowledgeSnapshot snapshot) {
        // The leading space: a leader line's first word is no sentence start, so its capital counts.
        return unit.leader() != null && new dk.hrassistenten.bot.answer.AnswerShape(snapshot::usedInLowerCase).namesAPerson(" " + unit.leader());
    }

    /**
     * Not found; when one unit's tasks clearly cover the question, it is named as the place to ask, with its
     * organisation. A question naming one organisation is only pointed to its units.
     */
    private static Reply notFound(KnowledgeSnapshot snapshot, String question, boolean english, Texts texts) {
        Set<String> organizations = UnitReplies.namedOrganizations(snapshot, question);
        if (organizations.size() > 1) {
            return Reply.notFound(texts.get("not_found"));
        }
        List<UnitDirectory.Match> matches = organizations.isEmpty() ? snapshot.units().lookup(question, english)
                : snapshot.units().lookup(question, english, organizations.iterator().next());
        boolean clear = !matches.isEmpty() && matches.get(0).coverage() >= SUGGEST_UNIT_COVERAGE
                && (matches.size() == 1 || matches.get(1).score() < matches.get(0).score() * 0.8);
        if (!clear) {
            return Reply.notFound(texts.get("not_found"));
        }
        dk.hrassistenten.knowledge.units.Unit unit = matches.get(0).unit();
        String name = unit.organization() == null ? unit.name() : texts.get("unit.in_org", unit.name(), unit.organization());
        return Reply.notFound(texts.get("not_found") + " " + texts.get("not_found.ask_unit", name));
    }

    /** A question that uses a unit's former name is told the current one. */
    private static Reply withRenameNote(Reply reply, UnitDirectory.Mention mention, Texts texts) {
        String note = texts.get("note.renamed", mention.namedAs(), mention.unit().name());
        return new Reply(reply.kind(), reply.text() + "\n" + note, reply.unit(), reply.sources(), reply.agenda());
    }
}
