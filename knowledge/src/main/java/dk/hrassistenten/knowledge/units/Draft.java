package dk.hrassistenten.knowledge.units;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A unit being assembled from one or more documents. */
final class Draft {
    /** An item of a unit's parenthesised list is a topic of a word or more ("barsel", "feriepenge"). */
    static final int MIN_ITEM_TASK = 4;

    /** "-> Læs om …": an arrow before a link's verb; "→ Fejl i lønnen" is a topic pointed at, and kept. */
    private static final Pattern LINK_ARROW = Pattern.compile("^\\s*(?:->|-->|→|=>|»)\\s*");

    /** A line of a unit's section that is no task: a link, or its leader's label line ("Leder: Ida Holm, chef"). */
    private static boolean isFurniture(String text) {
        Matcher arrow = LINK_ARROW.matcher(text);
        if (arrow.find() && UnitCues.shipped().atStart("LINK_VERB", text.substring(arrow.end())).isPresent()) {
            return true;
        }
        Optional<UnitCues.Found> label = UnitCues.shipped().atStart("LEADER_LABEL", text.strip());
        return label.isPresent() && text.strip().startsWith(":", label.get().end());
    }

    final String key;
    final String org;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    String leader;
    String reportsTo;
    String location;
    String email;
    String phone;
    String parentKey;
    final List<Unit.Task> tasks = new ArrayList<>();
    final Set<String> taskKeys = new HashSet<>();
    final List<Unit.Rename> renames = new ArrayList<>();
    Unit.UnitSource source;
    /** Taken for a unit because it is named after its organisation's place ("Arbejdsmiljø Kragsø"). */
    boolean byPlace;

    /**
     * Whether it only speaks of a unit another organisation's documents may describe: found by its place name alone,
     * with no former name, leader or contact. (A unit only named, as "Løn og Pension" in a memo of renames, may be
     * the organisation's own although another organisation has one of that name.)
     */
    boolean onlyMentioned() {
        return byPlace && renames.isEmpty() && aliases.isEmpty() && leader == null && email == null && phone == null;
    }

    /** Whether a sentence is no task: it denies one ("… udbetales ikke af …") or names the leader. */
    private final java.util.function.Predicate<String> denies;

    Draft(String key, String org, java.util.function.Predicate<String> denies) {
        this.key = key;
        this.org = org;
        this.denies = denies;
    }

    void seen(Unit.UnitSource src, String displayName, String abbreviation) {
        if (name == null) {
            name = displayName;
            source = src;
        } else if (!UnitNames.squash(displayName).equals(UnitNames.squash(name))) {
            aliases.add(displayName);
        } else if (source != null && Objects.equals(source.path(), src.path()) && hasLowerCaseWord(name) && !hasLowerCaseWord(displayName)) {
            name = displayName; // "Fælles HR, sekretariatet" as a heading, "Fælles HR, Sekretariatet" in the text
        }
        if (abbreviation != null) {
            aliases.add(abbreviation);
        }
    }

    private static boolean hasLowerCaseWord(String s) {
        return java.util.Arrays.stream(s.split("\\s+")).anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3);
    }

    void task(String sentence, Unit.UnitSource src) {
        task(sentence, src, 12);
    }

    /** A task sentence whose object stands in the sentence before: both, judged by the task sentence alone. */
    void taskWithContext(String before, String sentence, Unit.UnitSource src) {
        String text = before + " " + sentence;
        String taskKey = UnitNames.squash(text);
        if (!denies.test(sentence) && taskKeys.add(taskKey)) {
            tasks.add(new Unit.Task(text, src));
        }
    }

    /** One task of a list ("lokalplaner"): short, but a task of its own. */
    void listedTask(String text, Unit.UnitSource src) {
        task(text, src, 6);
    }

    void task(String text, Unit.UnitSource src, int minLength) {
        String taskKey = UnitNames.squash(text);
        if (taskKey.length() >= minLength && !denies.test(text) && !isFurniture(text) && taskKeys.add(taskKey)) {
            tasks.add(new Unit.Task(text, src));
        }
    }

    void absorb(Draft old) {
        if (old.name != null && !UnitNames.squash(old.name).equals(UnitNames.squash(name == null ? "" : name))) {
            aliases.add(old.name);
        }
        aliases.addAll(old.aliases);
        if (name == null) {
            name = old.name;
            source = old.source;
        }
        leader = leader != null ? leader : old.leader;
        reportsTo = reportsTo != null ? reportsTo : old.reportsTo;
        location = location != null ? location : old.location;
        email = email != null ? email : old.email;
        phone = phone != null ? phone : old.phone;
        parentKey = parentKey != null ? parentKey : old.parentKey;
        old.tasks.forEach(t -> task(t.text(), t.source()));
        renames.addAll(old.renames);
    }

    Unit toUnit(String parent) {
        aliases.remove(name);
        aliases.removeIf(a -> UnitNames.squash(a).equals(UnitNames.squash(name)));
        // "Sundhedsuddannelser" beside "Fælles HR, Sundhedsuddannelser" is the same name without its department.
        String core = name.contains(", ") ? name.substring(name.indexOf(", ") + 2) : null;
        aliases.removeIf(a -> core != null && UnitNames.squash(a).equals(UnitNames.squash(core)));
        Unit.Contact contact = email == null && phone == null ? null : new Unit.Contact(email, phone);
        return new Unit(name, org.isEmpty() ? null : org, List.copyOf(aliases), leader, reportsTo, location, contact, parent, tasks, renames, source);
    }
}
