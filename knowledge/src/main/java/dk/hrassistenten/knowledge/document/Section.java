package dk.hrassistenten.knowledge.document;

import java.util.List;
import java.util.Objects;

/**
 * A section of a document: its heading path below the document title (outermost first), its body
 * (paragraphs separated by newlines, bullet items as lines starting "- "), and the case number the
 * document gives for it, if any.
 *
 * @param question true when the innermost heading is a question and the body its answer
 */
public record Section(List<String> headings, String body, String caseNumber, boolean question) {
    public Section {
        headings = List.copyOf(headings);
        Objects.requireNonNull(body, "body");
    }

    /** The innermost heading, or "" for text before the first heading. */
    public String heading() {
        return headings.isEmpty() ? "" : headings.get(headings.size() - 1);
    }
}
