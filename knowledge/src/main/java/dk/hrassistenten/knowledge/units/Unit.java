package dk.hrassistenten.knowledge.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An organisational unit as the organisation descriptions state it. Nullable members are null when no
 * description says.
 *
 * @param aliases former names and short forms, e.g. "(LPS)" written beside the name
 * @param parent the unit it is part of, when a description says so
 * @param source the newest description the unit is taken from
 */
public record Unit(String name, List<String> aliases, String leader, String reportsTo, String location, String parent,
                   List<Task> tasks, UnitSource source) {
    public Unit {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(source, "source");
    }

    /** One task line of a unit, with the description it comes from. */
    public record Task(String text, UnitSource source) {
    }

    /** Where a statement about a unit stands. */
    public record UnitSource(String path, String title, String section, LocalDate date, String organization) {
    }
}
