package dk.hrassistenten.bot;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Knowledge built from the fixture corpora written for the tests. */
public final class TestKnowledge {

    private TestKnowledge() {
    }

    public static KnowledgeSnapshot of(String fixture) {
        try {
            Path dir = Path.of(Objects.requireNonNull(TestKnowledge.class.getResource("/fixtures/" + fixture)).toURI());
            return KnowledgeSnapshot.build(dir, p -> { });
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
