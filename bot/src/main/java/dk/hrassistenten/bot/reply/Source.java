package dk.hrassistenten.bot.reply;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reply rests on: a passage of a corpus document.
 *
 * @param path the file name relative to the corpus, or the URL of a web source's page or file
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

    /**
     * Whether the document is a web page or file, cited by its URL: a reader opens it there, where it is kept up to
     * date, rather than in the service's own source view.
     */
    public boolean onTheWeb() {
        return path.startsWith("https://") || path.startsWith("http://");
    }
}
