package dk.hrassistenten.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the documents come from: all that the commands that only read documents take (index, tune). */
public final class CorpusOption {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of documents, read recursively (env HR_ASSISTANT_CORPUS; default corpus/).")
    String corpus;

    @Option(names = "--sources", paramLabel = "FILE", description = "Where documents come from instead: folders, web sites, SharePoint libraries, YAML "
            + "(env HR_ASSISTANT_SOURCES).")
    String sources;

    /**
     * The sources file or the folder: an option before an environment variable, and the folder {@code corpus/} when
     * neither is given; checked that it can be read.
     */
    DocumentOrigin origin(Map<String, String> env) {
        boolean corpusOption = corpus != null && !corpus.isBlank();
        boolean sourcesOption = sources != null && !sources.isBlank();
        if (corpusOption && sourcesOption) {
            throw new Settings.InvalidSettingException("Give --corpus (one folder) or --sources (a sources file), not both.");
        }
        String sourcesEnv = env.get(Environment.SOURCES);
        boolean fromSources = sourcesOption || (!corpusOption && sourcesEnv != null && !sourcesEnv.isBlank());
        if (!fromSources) {
            return new DocumentOrigin(folder(env), null);
        }
        String corpusEnv = env.get(Environment.CORPUS);
        if (!sourcesOption && corpusEnv != null && !corpusEnv.isBlank()) {
            throw new Settings.InvalidSettingException("Both " + Environment.CORPUS + " and " + Environment.SOURCES
                    + " are set; set one (a sources file may list the folder as one of its sources).");
        }
        Path file = Path.of(Settings.pick(sources, sourcesEnv, ""));
        if (!(Files.isRegularFile(file) && Files.isReadable(file))) {
            throw new Settings.InvalidSettingException("The sources file " + file.toAbsolutePath() + " cannot be read. Fix --sources (or "
                    + Environment.SOURCES + ").");
        }
        return new DocumentOrigin(null, file);
    }

    /** The folder from the option, else its environment variable, else {@code corpus/}; checked that it can be read. */
    Path folder(Map<String, String> env) {
        if (sources != null && !sources.isBlank()) {
            throw new Settings.InvalidSettingException("This command reads one folder; give --corpus instead of --sources.");
        }
        Path folder = Path.of(Settings.pick(corpus, env.get(Environment.CORPUS), "corpus/"));
        if (!Files.isDirectory(folder)) {
            throw new Settings.InvalidSettingException("The corpus folder " + folder.toAbsolutePath()
                    + " does not exist. Point --corpus (or HR_ASSISTANT_CORPUS) at the folder of documents.");
        }
        if (!Files.isReadable(folder)) {
            throw new Settings.InvalidSettingException("The corpus folder " + folder.toAbsolutePath() + " cannot be read.");
        }
        return folder;
    }
}
