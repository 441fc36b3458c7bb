package dk.hrassistenten.bot.agenda;

import dk.hrassistenten.knowledge.document.DanishDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting's agenda as a Word document to download: where it is ({@link #path}) and what it holds. Anyone may
 * list and export an agenda (contract.md), so whoever may reach a channel may have its document; channels that
 * require a sign-in check that first. Thread-safe.
 */
public final class AgendaDocuments {

    /** Where the web serves the documents; {@code agenda.download} of a reply is this with the meeting as query. */
    public static final String PATH = "/agenda/export.docx";

    /**
     * One document.
     *
     * @param fileName a name to save it under, e.g. "Dagsorden HMU Eksempel 2026-12-10.docx"
     */
    public record Document(String fileName, byte[] bytes) {
        public Document {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(bytes, "bytes");
        }

        /** The file name in ASCII letters, digits and dashes, for where only ASCII may go (an HTTP header's plain filename). */
        public String asciiFileName() {
            String plain = Normalizer.normalize(fileName.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "oe").replace("Ø", "Oe")
                    .replace("å", "aa").replace("Å", "Aa"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return plain.replaceAll("[^A-Za-z0-9.-]+", "-");
        }
    }

    private final Forums forums;
    private final AgendaStore store;

    public AgendaDocuments(Forums forums, AgendaStore store) {
        this.forums = forums;
        this.store = store;
    }

    /** The path of a meeting's document, with forum and date as its query. */
    public static String path(Forum forum, LocalDate date) {
        return PATH + "?forum=" + URLEncoder.encode(forum.name(), StandardCharsets.UTF_8) + "&date=" + date;
    }

    /**
     * The Word document of a meeting's agenda.
     *
     * @param forum a forum's name or alias, as a download link or a person gives it; may be null
     * @param date the meeting's date in any form the agenda commands take; may be null
     * @throws AgendaException for a missing or unknown forum ({@code agenda.error.forum_unknown}) or a missing or unreadable date
     * @throws StoreUnavailableException when the agenda cannot be read
     */
    public Document docx(String forum, String date) {
        if (forum == null || forum.isBlank()) {
            throw new AgendaException("agenda.error.forum_missing", String.join(", ", forums.all().stream().map(Forum::name).toList()));
        }
        Forum f = forums.find(forum).orElseThrow(() -> new AgendaException("agenda.error.forum_unknown", forum,
                String.join(", ", forums.closest(forum, 3))));
        if (date == null || date.isBlank()) {
            throw new AgendaException("agenda.error.date_missing");
        }
        LocalDate day = DanishDates.parseWhole(date).orElseThrow(() -> new AgendaException("agenda.error.date", date));
        Meeting meeting = Meeting.of(f, day, store.list(f.name(), day));
        // A forum's name may hold what no file name may ("HMU 1/2"): such characters become dashes.
        String name = ("Dagsorden " + f.name() + " " + day).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-");
        return new Document(name + ".docx", AgendaDocx.render(meeting));
    }
}
