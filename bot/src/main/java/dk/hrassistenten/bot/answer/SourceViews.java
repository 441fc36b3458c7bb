package dk.hrassistenten.bot.answer;

import dk.hrassistenten.bot.reply.SourceView;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.index.Passage;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The whole text of a cited section, behind source links. Thread-safe. */
public final class SourceViews {

    private final Supplier<KnowledgeSnapshot> knowledge;

    /** @param knowledge the current snapshot, or null while the first index is being built */
    public SourceViews(Supplier<KnowledgeSnapshot> knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * The section as a person reads it; empty when it is not (or no longer) indexed. Passages restricted to an
     * audience are never shown: a source link may be passed on to anyone.
     *
     * @param section the heading path as sources give it ("Punkt 10: E-læring › Beslutning"), or "" for the whole document
     */
    public Optional<SourceView> find(String path, String section) {
        KnowledgeSnapshot snapshot = knowledge.get();
        if (snapshot == null) {
            return Optional.empty();
        }
        List<Passage> passages = snapshot.passages().stream()
                .filter(p -> p.path().equals(path) && p.audience() == null && (section.isEmpty() || p.section().equals(section)))
                .toList();
        if (passages.isEmpty()) {
            return Optional.empty();
        }
        Passage first = passages.get(0);
        String meta = String.join(", ", Stream.of(dk.hrassistenten.bot.reply.DanishDate.of(first.date()), first.organization(), first.path())
                .filter(s -> s != null && !s.isEmpty()).toList());
        String text = String.join("\n", passages.stream().map(Passage::text).toList());
        return Optional.of(new SourceView(first.title(), section, meta, text));
    }
}
