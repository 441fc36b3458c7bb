package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.llm.PlantedInstructions;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.index.SearchHit;

/** Composes unit replies: the unit that handles a topic and why, or one unit described in full. */
public final class UnitReplies {

    private final UnitContacts contacts;

    public UnitReplies(UnitContacts contacts) {
        this.contacts = contacts;
    }

    /** The runner-up is offered when it scores this close to the best. */
    private static final double RUNNER_UP_RATIO = 0.85;
    private static final int DESCRIBED_TASKS = 6;
    /** The best passage must cover this much of a topic to tie the unit whose section it stands in to it. */
    private static final double PASSAGE_COVERAGE = 0.9;

    /**
     * The organisations a text names: those of the directory's units, else any the documents name ("på Kragsø
     * Hospital", whose documents gave no unit of its own): another organisation's unit is never the answer.
     */
    public static Set<String> namedOrganizations(KnowledgeSnapshot knowledge, String text) {
        Set<String> named = knowledge.units().organizationsNamedIn(text);
        return named.isEmpty() ? knowledge.organizationsNamedIn(text) : named;
    }

    /** A reply of a unit whose task lines cover the topic, or whose section holds the best passage; empty when none does. */
    public Optional<Reply> whoHandles(KnowledgeSnapshot knowledge, String topic, boolean english) {
        UnitDirectory directory = knowledge.units();
        Set<String> named = namedOrganizations(knowledge, topic);
        String organization = named.size() == 1 ? named.iterator().next() : null;
        List<UnitDirectory.Match> matches = directory.lookup(topic, english, named);
        Texts texts = Texts.of(english);
        if (matches.isEmpty()) {
            return fromPassage(knowledge, topic, organization, texts);
        }
        UnitDirectory.Match best = matches.get(0);
        Unit unit = best.unit();
        List<Source> sources = new ArrayList<>();
        // The same topic in two organisations' units, and the question names neither: both are named, each with its line.
        Optional<UnitDirectory.Match> other = matches.stream().skip(1)
                .filter(m -> organization == null && !Objects.equals(m.unit().organization(), unit.organization()))
                .filter(m -> m.score() >= RUNNER_UP_RATIO * best.score()).findFirst();
        if (other.isPresent()) {
            StringBuilder text = new StringBuilder(texts.get("unit.ambiguous")).append('\n');
            for (UnitDirectory.Match m : List.of(best, other.get())) {
                text.append("- ").append(m.unit().organization() == null ? "" : m.unit().organization() + ": ")
                        .append("**").append(m.unit().name()).append("**").append('\n');
                m.matched().stream().limit(1).forEach(t -> {
                    text.append("  > ").append(t.text()).append('\n');
                    sources.add(Sources.of(t));
                });
            }
            text.append('\n').append(texts.get("source")).append(": ");
            text.append(String.join("; ", distinct(sources).stream().map(Sources::cite).toList()));
            return Optional.of(Reply.unit(text.toString().strip(), card(unit, directory, best.matched()), distinct(sources)));
        }
        StringBuilder text = new StringBuilder(texts.get("unit.handles", "**" + nameWithOrganization(unit, texts) + "**")).append("\n");
        text.append(texts.get("unit.why")).append('\n');
        for (Unit.Task task : best.matched()) {
            text.append("> ").append(task.text()).append("\n");
            sources.add(Sources.of(task));
        }
        appendFacts(unit, directory, texts, text);
        if (matches.size() > 1 && matches.get(1).score() >= RUNNER_UP_RATIO * best.score()) {
            text.append('\n').append(texts.get("unit.or", "**" + nameWithOrganization(matches.get(1).unit(), texts) + "**"));
        }
        text.append('\n').append(texts.get("source")).append(": ");
        text.append(String.join("; ", distinct(sources).stream().map(Sources::cite).toList()));
        return Optional.of(Reply.unit(text.toString().strip(), card(unit, directory, best.matched()), distinct(sources)));
    }

    /** The unit a passage's sentence names as doing what was asked, with the sentence as the reason. */
    public Reply handledBy(AnswerComposer.Handler handler, UnitDirectory directory, Texts texts) {
        Unit unit = handler.unit();
        String sentence = PlantedInstructions.without(handler.sentence(), "");
        StringBuilder text = new StringBuilder(texts.get("unit.handles", "**" + nameWithOrganization(unit, texts) + "**")).append("\n");
        text.append(texts.get("unit.why")).append('\n').append("> ").append(sentence).append('\n');
        appendFacts(unit, directory, texts, text);
        Source source = Sources.of(handler.hit().passage(), sentence);
        text.append('\n').append(texts.get("source")).append(": ").append(Sources.cite(source));
        return Reply.unit(text.toString().strip(), card(directory, unit, List.of(sentence)), List.of(source));
    }

    /** The passage that best covers the topic, when it stands in a unit's section or names the unit doing it. */
    private Optional<Reply> fromPassage(KnowledgeSnapshot knowledge, String topic, String organization, Texts texts) {
        KnowledgeSnapshot.SearchResult result = knowledge.search(topic, texts.english(), Set.of(), 3);
        if (result.hits().isEmpty() || result.hits().get(0).coverage() < PASSAGE_COVERAGE) {
            return Optional.empty();
        }
        SearchHit hit = result.hits().get(0);
        Passage p = hit.passage();
        if (organization != null && p.organization() != null && !organization.equals(p.organization())) {
            return Optional.empty();
        }
        UnitDirectory directory = knowledge.units();
        Unit unit = null;
        List<String> headings = new ArrayList<>(p.headings());
        java.util.Collections.reverse(headings);
        for (String h : headings) {
            Optional<Unit> u = directory.find(h, p.organization()).filter(x -> squash(x.name()).endsWith(squash(h)) || x.aliases().stream().anyMatch(a -> squash(a).endsWith(squash(h))));
            if (u.isPresent()) {
                unit = u.get();
                break;
            }
        }
        if (unit == null) {
            return Optional.empty();
        }
        // Quoted in the reply and the card, not only as the source's snippet: no sentence that addresses an AI.
        String snippet = PlantedInstructions.without(p.text(), "");
        StringBuilder text = new StringBuilder(texts.get("unit.handles", "**" + nameWithOrganization(unit, texts) + "**")).append("\n");
        text.append(texts.get("unit.why")).append('\n').append("> ").append(Sources.shorten(snippet)).append('\n');
        appendFacts(unit, directory, texts, text);
        Source source = Sources.of(p, snippet);
        text.append('\n').append(texts.get("source")).append(": ").append(Sources.cite(source));
        return Optional.of(Reply.unit(text.toString().strip(), card(directory, unit, List.of(Sources.shorten(snippet))), List.of(source)));
    }

    /**
     * Whether a question about a former name (its intent asks for a unit's current name) asks only what became
     * of the unit: "Hvilket team har overtaget sygefraværsopfølgningen fra X?" asks about one task, which the
     * rename statement does not speak of.
     */
    public static boolean onlyAboutTheName(String text, UnitDirectory.Mention mention, UnitDirectory directory) {
        String statement = mention.rename().map(Unit.Rename::statement).orElse("").toLowerCase(java.util.Locale.ROOT);
        String named = mention.namedAs().toLowerCase(java.util.Locale.ROOT);
        for (String word : text.split("[^\\p{L}\\p{N}-]+")) {
            if (word.length() < 8 || !Character.isLowerCase(word.charAt(0)) || named.contains(word) || statement.contains(word)
                    || dk.hrassistenten.knowledge.units.UnitCues.shipped().phrases("REORGANISATION_NOUN").stream().anyMatch(word::startsWith)) {
                continue;
            }
            // A word another unit's tasks hold ("sygefraværsopfølgningen") is a topic of its own, which may have gone
            // elsewhere; one the renamed unit's own tasks hold ("… om gratialet – hvad hedder de nu?") stayed with it.
            String stem = word.substring(0, Math.max(8, word.length() - 3)).toLowerCase(java.util.Locale.ROOT);
            java.util.function.Predicate<Unit> holds = u -> u.tasks().stream().anyMatch(t -> t.text().toLowerCase(java.util.Locale.ROOT).contains(stem));
            if (!holds.test(mention.unit()) && directory.units().stream().anyMatch(holds)) {
                return false;
            }
        }
        return true;
    }

    /** The current unit of a former name, with the statement that renamed it and where that stands. */
    public Reply renamed(UnitDirectory.Mention mention, UnitDirectory directory, Texts texts) {
        Unit unit = mention.unit();
        Optional<Unit.Rename> rename = mention.rename();
        String key = rename.map(Unit.Rename::merger).orElse(false) ? "unit.merged" : "unit.renamed";
        StringBuilder text = new StringBuilder(texts.get(key, mention.namedAs(), "**" + nameWithOrganization(unit, texts) + "**")).append('\n');
        List<Source> sources = new ArrayList<>();
        rename.ifPresent(r -> {
            text.append("> ").append(r.statement()).append('\n');
            Unit.UnitSource s = r.source();
            sources.add(new Source(s.path(), s.title(), s.section(), s.date(), s.organization(), Sources.shorten(r.statement())));
        });
        appendFacts(unit, directory, texts, text);
        if (!sources.isEmpty()) {
            text.append('\n').append(texts.get("source")).append(": ").append(Sources.cite(sources.get(0)));
        }
        return Reply.unit(text.toString().strip(), card(directory, unit, rename.map(r -> List.of(r.statement())).orElse(List.<String>of())), sources);
    }

    private static String squash(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String nameWithOrganization(Unit unit, Texts texts) {
        return unit.organization() == null ? unit.name() : texts.get("unit.in_org", unit.name(), unit.organization());
    }

    /**
     * A not-found for the leader of a unit whose description names none, saying what the description does say
     * ("Leder: stillingen er vakant") and where, so the asker sees why.
     */
    public Reply leaderNotNamed(Unit unit, Texts texts) {
        StringBuilder text = new StringBuilder(texts.get("unit.leader_not_named", nameWithOrganization(unit, texts)));
        if (unit.leader() != null && !unit.leader().isBlank()) {
            text.append('\n').append(texts.get("unit.leader_line", unit.leader()));
        }
        Unit.UnitSource s = unit.source();
        Source source = new Source(s.path(), s.title(), s.section(), s.date(), s.organization(), unit.leader() == null ? "" : unit.leader());
        text.append('\n').append(texts.get("source")).append(": ").append(Sources.cite(source));
        return Reply.notFound(text.toString());
    }

    /** One unit in full: facts and its first task lines. */
    public Reply describe(Unit unit, UnitDirectory directory, Texts texts) {
        StringBuilder text = new StringBuilder("**").append(nameWithOrganization(unit, texts)).append("**\n");
        appendFacts(unit, directory, texts, text);
        List<Unit.Task> tasks = unit.tasks().stream().limit(DESCRIBED_TASKS).toList();
        tasks.forEach(t -> text.append("- ").append(t.text()).append('\n'));
        // where the unit itself is described (its leader, its place) first, then where its tasks are
        Unit.UnitSource own = unit.source();
        List<Source> cited = new ArrayList<>();
        if (own != null) {
            cited.add(new Source(own.path(), own.title(), own.section(), own.date(), own.organization(), unit.leader() == null ? "" : unit.leader()));
        }
        tasks.stream().map(Sources::of).forEach(cited::add);
        List<Source> sources = distinct(cited);
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
        line(text, texts.get("unit.contact"), unit.contact() == null ? null : unit.contact().text());
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
        return card(unit, directory, matched.stream().map(Unit.Task::text).toList(), aliases);
    }

    private UnitCard card(UnitDirectory directory, Unit unit, List<String> matched) {
        return card(unit, directory, matched, new ArrayList<>(unit.aliases()));
    }

    private UnitCard card(Unit unit, UnitDirectory directory, List<String> matched, List<String> aliases) {
        return new UnitCard(unit.name(), aliases, unit.reportsTo(), unit.leader(), unit.location(), matched, unit.organization(),
                unit.contact() == null ? null : unit.contact().text());
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
