package dk.hrassistenten.knowledge.store;

import dk.hrassistenten.knowledge.analysis.LanguageData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.Version;

/**
 * What a stored index depends on besides the documents: the code that reads, parses, cuts and analyses them (as
 * its compiled classes and data files, so that no one has to remember to bump a number), Lucene's version and the
 * language data. A store written under another version is rebuilt, never read with other code.
 */
final class AnalysisVersion {

    /** The compiled classes and data files whose change changes what the store holds, relative to the knowledge package. */
    private static final List<String> PARTS = List.of(
            "analysis/HrAnalyzer.class", "analysis/Decompounder.class", "analysis/Lemmatizer.class", "analysis/LemmaFilter.class",
            "analysis/CompoundPartsFilter.class", "analysis/StackingFilter.class", "analysis/CorpusWords.class", "analysis/QuerySynonyms.class",
            "analysis/suffixes-da.tsv", "analysis/derivations-da.tsv",
            "document/DocumentParser.class", "document/StructureParser.class", "document/MetadataExtractor.class",
            "document/DanishDates.class", "document/metadata-cues.tsv",
            "index/PassageBuilder.class", "index/PassageIndex.class", "index/Passage.class",
            "store/IndexStore.class", "store/DocumentCodec.class", "store/Fingerprint.class");

    private AnalysisVersion() {
    }

    static String of(LanguageData language) {
        MessageDigest digest = sha256();
        digest.update(Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
        for (String part : PARTS) {
            try (InputStream in = AnalysisVersion.class.getResourceAsStream("/dk/hrassistenten/knowledge/" + part)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the build: " + part);
                }
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        digest.update(languageSignature(language).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The language data, summarised without sorting its words: which files were there, and how many entries of what. */
    private static String languageSignature(LanguageData language) {
        long words = 0;
        for (String w : language.dictionaryWords()) {
            words += w.hashCode();
        }
        long thesaurus = 0;
        for (Map.Entry<String, List<String>> e : language.thesaurus().entrySet()) {
            thesaurus += e.hashCode();
        }
        return language.hunspell().isPresent() + ":" + language.dictionaryWords().size() + ":" + words + ":"
                + language.thesaurus().size() + ":" + thesaurus + ":" + language.englishToDanish().size();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
