package dk.hrassistenten.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Test corpora: fixtures written for the tests, and the sample corpus in ../shared beside the checkout. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/fixtures/" + name), name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample corpus; the project is checked out with ../shared beside it (README). */
    public static Path sampleCorpus() {
        for (Path candidate : new Path[] {Path.of("../shared/corpus"), Path.of("../../shared/corpus"), Path.of("../../../shared/corpus")}) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The sample corpus ../shared/corpus is missing: check the project out with shared/ beside it.");
    }
}
