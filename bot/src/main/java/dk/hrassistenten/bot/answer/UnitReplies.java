package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.bot.reply.UnitCard;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.units.Unit;
import dk.hrassistenten.knowledge.units.UnitDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Composes unit replies: the unit that handles a topic and why, or one unit described in full. */
public final class UnitReplies {

    private final UnitContacts contacts;

    public UnitReplies(UnitContacts contacts) {
        this.contacts = contacts;
    }

    /** The runner-up is offered when it scores this close to the best. */
    private static final double RUNNER_UP_RATIO = 0.85;
    private static final int DESCRIBED_TASKS = 6;

    /** The unit reply for a topic, or empty when no unit's tasks cover it well enough. */
    public Optional<Reply> whoHandles(KnowledgeSnapshot knowledge, String topic, boolean english) {
        List<UnitDirectory.Match> matches = knowledge.units().lookup(topic, english);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        Texts texts = Texts.of(english);
        UnitDirectory.Match best = matches.get(0);
        Unit unit = best.unit();
        StringBuilder text = new StringBuilder(texts.get("unit.handles", "**" + unit.name() + "**")).append("\n");
        text.append(texts.get("unit.why")).append('\n');
        List<Source> sources = new ArrayList<>();
        for (Unit.Task task : best.matched()) {
            text.append("> ").append(task.text()).append("\n");
            sources.add(Sources.of(task));
        }
        appendFacts(unit, knowledge.units(), texts, text);
        if (matches.size() > 1 && matches.get(1).score() >= RUNNER_UP_RATIO * best.score()) {
            text.append('\n').append(texts.get("unit.or", "**" + matches.get(1).unit().name() + "**"));
        }
        text.append('\n').append(texts.get("source")).append(": ");
        text.append(String.join("; ", distinct(sources).stream().map(Sources::cite).toList()));
        return Optional.of(Reply.unit(text.toString().strip(), card(unit, knowledge.units(), best.matched()), distinct(sources)));
    }

    /** One unit in full: facts and its first task lines. */
    public Reply describe(Unit unit, UnitDirectory directory, Texts texts) {
        StringBuilder text = new StringBuilder("**").append(unit.name()).append("**\n");
        appendFacts(unit, directory, texts, text);
        List<Unit.Task> tasks = unit.tasks().stream().limit(DESCRIBED_TASKS).toList();
        tasks.forEach(t -> text.append("- ").append(t.text()).append('\n'));
        List<Source> sources = distinct(tasks.stream().map(Sources::of).toList());
        text.append(texts.get("source")).append(": ").append(String.join("; ", sources.stream().map(Sources::cite).toList()));
        return Reply.unit(text.toString().strip(), card(unit, directory, List.of()), sources);
    }

    /** A unit by name, former name or short form, including the aliases of the administrator's file. */
    public Optional<Unit> find(UnitDirectory directory, String name) {
        return directory.find(name).or(() -> contacts.byAlias(name, directory));
    }

    private void appendFacts(Unit unit, UnitDirectory directory, Texts texts, StringBuilder text) {
        line(text, texts.get("unit.leader"), unit.leader());
        line(text, texts.get("unit.reports_to"), unit.reportsTo());
        line(text, texts.get("unit.location"), unit.location());
        line(text, texts.get("unit.part_of"), unit.parent());
        if (!unit.aliases().isEmpty()) {
            line(text, texts.get("unit.former"), String.join(", ", unit.aliases()));
        }
        contacts.of(unit, directory).ifPresent(c -> {
            line(text, texts.get("unit.email"), c.email());
            line(text, texts.get("unit.phone"), c.phone());
            line(text, "Slack", c.slack());
            line(text, "Teams", c.teams());
        });
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }

    private UnitCard card(Unit unit, UnitDirectory directory, List<Unit.Task> matched) {
        List<String> aliases = new java.util.ArrayList<>(unit.aliases());
        contacts.of(unit, directory).ifPresent(c -> c.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add));
        return new UnitCard(unit.name(), aliases, unit.reportsTo(), unit.leader(), unit.location(),
                matched.stream().map(Unit.Task::text).toList());
    }

    /** One source per document and section, in order. */
    private static List<Source> distinct(List<Source> sources) {
        Map<String, Source> byPlace = new LinkedHashMap<>();
        for (Source s : sources) {
            byPlace.putIfAbsent(s.path() + "#" + s.section(), s);
        }
        return List.copyOf(byPlace.values());
    }
}
