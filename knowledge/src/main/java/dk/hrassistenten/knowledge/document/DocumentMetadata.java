package dk.hrassistenten.knowledge.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a document is: title, kind, issuing organisation, committee, its date (meeting date or the date
 * it takes effect), the case numbers it mentions, and the audience it is restricted to (null = everyone).
 * Nullable members are null when the text does not say.
 */
public record DocumentMetadata(String title, DocumentKind kind, String organization, String committee,
                               LocalDate date, List<String> caseNumbers, String audience) {
    public DocumentMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        caseNumbers = List.copyOf(caseNumbers);
    }
}
