package dk.hrassistenten.bot.reply;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reply rests on: a passage of a corpus document.
 *
 * @param path the file name relative to the corpus
 * @param date the document's date, or null
 * @param organization the issuing organisation, or null
 */
public record Source(String path, String title, String section, LocalDate date, String organization, String snippet) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        section = section == null ? "" : section;
        snippet = snippet == null ? "" : snippet;
    }
}
