package dk.hrassistenten.knowledge.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An organisational unit as the documents state it. Nullable members are null when no document says.
 *
 * @param organization the organisation the unit belongs to (its documents' organisation); two organisations'
 *                     units of the same name are two units
 * @param aliases former names and short forms, e.g. "(LPS)" written beside the name
 * @param contact e-mail and telephone, when a document gives them
 * @param parent the unit it is part of, when a document says so (heading nesting, list indentation, "er en del af")
 * @param renames the statements that gave the unit its current name or merged others into it, newest first
 * @param source the newest document the unit is taken from
 */
public record Unit(String name, String organization, List<String> aliases, String leader, String reportsTo, String location,
                   Contact contact, String parent, List<Task> tasks, List<Rename> renames, UnitSource source) {
    public Unit {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        tasks = List.copyOf(tasks);
        renames = List.copyOf(renames);
        Objects.requireNonNull(source, "source");
    }

    /** One task line of a unit, with the document it comes from. */
    public record Task(String text, UnitSource source) {
    }

    /** Where a statement about a unit stands. */
    public record UnitSource(String path, String title, String section, LocalDate date, String organization) {
    }

    /** How to reach a unit; either member may be null. */
    public record Contact(String email, String phone) {
        /** "hr@example.org, tlf. 12 34 56 78". */
        public String text() {
            StringBuilder s = new StringBuilder();
            if (email != null) {
                s.append(email);
            }
            if (phone != null) {
                s.append(s.length() > 0 ? ", " : "").append("tlf. ").append(phone);
            }
            return s.toString();
        }
    }

    /**
     * A name the unit no longer has: the former name, the sentence that says so and where it stands.
     *
     * @param merger true when another unit was merged into this one or handed its tasks over, rather than renamed
     */
    public record Rename(String formerName, String statement, boolean merger, UnitSource source) {
    }
}
