package dk.hrassistenten.deploy;

import dk.hrassistenten.knowledge.source.SourceSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where the documents come from: the sources file of {@code --sources}, or the one folder of {@code --corpus}.
 *
 * @param corpus  the folder; null when a sources file is given
 * @param sources the sources file; null when a folder is given
 */
record DocumentOrigin(Path corpus, Path sources) {

    DocumentOrigin {
        if ((corpus == null) == (sources == null)) {
            throw new IllegalArgumentException("documents come from a folder or from a sources file");
        }
    }

    /**
     * The sources, ready to fetch.
     *
     * @throws Settings.InvalidSettingException when the sources file cannot be used, saying what to fix
     */
    SourceSet open() {
        if (sources == null) {
            return SourceSet.ofFolder(corpus);
        }
        try {
            return new SourceSet(SourcesFile.load(sources, SourceKinds.FACTORIES), Clock.systemUTC());
        } catch (IOException e) {
            throw new Settings.InvalidSettingException("The sources file cannot be used: " + e.getMessage()
                    + ". Fix the file, or point --sources (HR_ASSISTANT_SOURCES) at another.", e);
        }
    }

    /** For the log: the folder, or the sources file. */
    @Override
    public String toString() {
        return corpus != null ? "corpus " + corpus.toAbsolutePath() : "sources file " + sources.toAbsolutePath();
    }
}
