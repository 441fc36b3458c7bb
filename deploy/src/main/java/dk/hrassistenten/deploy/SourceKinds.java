package dk.hrassistenten.deploy;

import dk.hrassistenten.knowledge.source.SourceFactory;
import dk.hrassistenten.knowledge.source.sharepoint.SharePointSource;
import dk.hrassistenten.knowledge.source.web.WebSource;
import java.util.List;
import java.util.Map;

/**
 * The kinds of source a sources file may list besides folders, each by its key and the factory that makes it from
 * its entry. A kind the file names but this build does not hold is refused at start with a clear message.
 */
final class SourceKinds {

    /** Every key that makes an entry a source of its kind; exactly one per entry. */
    static final List<String> KEYS = List.of("folder", "web", "sharepoint");

    /** The kinds made by their own factories (a folder is read by {@link SourcesFile} itself). */
    static final Map<String, SourceFactory> FACTORIES = Map.of(
            "web", WebSource::fromEntry,
            "sharepoint", SharePointSource::fromEntry);

    private SourceKinds() {
    }
}
