package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.llm.PlantedInstructions;
import dk.hrassistenten.bot.reply.Source;
import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.index.Passage;
import dk.hrassistenten.knowledge.units.Unit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Turns knowledge passages and unit statements into reply sources, and dates into Danish text. */
public final class Sources {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int SNIPPET_CHARS = 300;

    private Sources() {
    }

    /** A passage as a source; sentences of the snippet that address an AI are left out ({@link PlantedInstructions}). */
    public static Source of(Passage p, String snippet) {
        return new Source(p.path(), p.title(), p.section(), p.date(), p.organization(), shorten(PlantedInstructions.without(snippet, "")));
    }

    public static Source of(Unit.Task task) {
        Unit.UnitSource s = task.source();
        return new Source(s.path(), s.title(), s.section(), s.date(), s.organization(), shorten(PlantedInstructions.without(task.text(), "")));
    }

    /** The first sentence of a text that may be quoted (none addressing an AI, no page navigation), or "". */
    public static String firstSentence(String text) {
        return Sentences.split(text).stream().filter(SentenceSelector::quotable).findFirst().orElse("");
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DANISH_DATE.format(date);
    }

    /** "Title › Section (20-05-2025, Region X)". */
    public static String cite(Source s) {
        StringBuilder c = new StringBuilder(s.title());
        if (!s.section().isEmpty()) {
            c.append(" › ").append(s.section());
        }
        String date = date(s.date());
        String org = s.organization() == null ? "" : s.organization();
        if (!date.isEmpty() || !org.isEmpty()) {
            c.append(" (").append(date).append(!date.isEmpty() && !org.isEmpty() ? ", " : "").append(org).append(')');
        }
        return c.toString();
    }

    static String shorten(String text) {
        String t = text.strip();
        return t.length() <= SNIPPET_CHARS ? t : t.substring(0, t.lastIndexOf(' ', SNIPPET_CHARS) > 0 ? t.lastIndexOf(' ', SNIPPET_CHARS) : SNIPPET_CHARS) + " …";
    }
}
