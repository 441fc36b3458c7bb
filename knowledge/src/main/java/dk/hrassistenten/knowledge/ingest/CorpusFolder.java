package dk.hrassistenten.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The corpus folder by its real path, and the one rule of what may be read from it: a file or folder whose
 * real path lies inside. A symbolic link in the corpus may lead anywhere (to {@code /etc/passwd}, a secret,
 * another share); it is judged by where it leads, never by where it sits. Immutable.
 */
public final class CorpusFolder {

    private final Path root;

    private CorpusFolder(Path realRoot) {
        this.root = realRoot;
    }

    /**
     * The folder at its real path (a corpus mounted through a link is read where it really is).
     *
     * @throws UncheckedIOException when the folder does not exist or cannot be resolved
     */
    public static CorpusFolder of(Path folder) {
        try {
            return new CorpusFolder(folder.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open corpus folder " + folder, e);
        }
    }

    /** The real path of the folder. */
    public Path root() {
        return root;
    }

    /**
     * The real path of a file or folder when it lies inside the corpus folder; empty when it lies outside, does
     * not exist, or cannot be resolved (a link to nowhere, a loop of links).
     */
    public Optional<Path> inside(Path path) {
        try {
            Path real = path.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A path below the folder as sources cite it: relative, with '/' separators. */
    public String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
