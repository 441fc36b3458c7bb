package dk.hrassistenten.knowledge.index;

import dk.hrassistenten.knowledge.document.DocumentKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A searchable piece of a document: one section, or part of a long one, with everything a citation
 * needs. {@code newerTitle}/{@code newerDate} are set when a newer document of the same kind and
 * organisation supersedes this passage's document.
 */
public record Passage(int id, String path, String title, List<String> headings, String text,
                      DocumentKind kind, String organization, String committee, LocalDate date,
                      String caseNumber, boolean question, String audience,
                      String newerTitle, LocalDate newerDate) {
    private static final DateTimeFormatter DATE_IN_WORDS = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    public Passage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        headings = List.copyOf(headings);
        Objects.requireNonNull(text, "text");
    }

    /** The heading path as a reader sees it: "Punkt 10: E-læring › Beslutning". */
    public String section() {
        return String.join(" › ", headings);
    }

    /** Title and heading path: "Referat Hovedudvalg 20-05-2025 › Punkt 10: E-læring › Beslutning". */
    public String location() {
        return headings.isEmpty() ? title : title + " › " + section();
    }

    /** What the passage is about beyond its text: its document's subject (below), organisation and headings. */
    public String context() {
        StringBuilder c = new StringBuilder(documentSubject());
        if (organization != null) {
            c.append('\n').append(organization);
        }
        headings.forEach(h -> c.append('\n').append(h));
        return c.toString();
    }

    /**
     * What the whole document is about: title, committee, the meeting and the date in words ("mødet i september
     * 2023" finds the minutes of 25-09-2023). Not the organisation: many documents share it.
     */
    public String documentSubject() {
        StringBuilder c = new StringBuilder(title);
        if (committee != null) {
            c.append('\n').append(committee);
        }
        if (kind == DocumentKind.MINUTES || kind == DocumentKind.AGENDA) {
            c.append("\nmøde"); // minutes and agendas are a meeting's, whether or not their text says so
        }
        if (date != null) {
            c.append('\n').append(DATE_IN_WORDS.format(date));
        }
        return c.toString();
    }

    /** The meeting a passage of minutes or an agenda is from: committee, "møde" and the date in words; else empty. */
    public String meetingSubject() {
        if (kind != DocumentKind.MINUTES && kind != DocumentKind.AGENDA) {
            return "";
        }
        StringBuilder c = new StringBuilder("møde");
        if (committee != null) {
            c.append('\n').append(committee);
        }
        if (date != null) {
            c.append('\n').append(DATE_IN_WORDS.format(date));
        }
        return c.toString();
    }

    /** Everything searchable: context and text. */
    public String searchableText() {
        return context() + "\n" + text;
    }

    /**
     * Whether someone in these audiences may see the passage: an unrestricted one anyone; one restricted to an audience
     * ("ledere") or several ("ledere,hr", a SharePoint file shared with two mapped groups) the members of any of them.
     */
    public boolean visibleTo(Set<String> audiences) {
        return audience == null || Arrays.stream(audience.split(",")).map(String::strip).anyMatch(audiences::contains);
    }

    public boolean superseded() {
        return newerTitle != null;
    }
}
