package dk.hrassistenten.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The folder of documents: all that the commands that only read documents take (index, tune). */
public final class CorpusOption {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of documents, read recursively (env HR_ASSISTANT_CORPUS; default corpus/).")
    String corpus;

    /** The folder from the option, else its environment variable, else {@code corpus/}; checked that it can be read. */
    Path folder(Map<String, String> env) {
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
