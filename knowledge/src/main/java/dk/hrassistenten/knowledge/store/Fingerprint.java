package dk.hrassistenten.knowledge.store;

import dk.hrassistenten.knowledge.source.FetchedDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * What a document is, for telling whether it changed since it was stored: its citation, its text and the metadata its
 * source gives it, hashed. Not its modification time: a file touched or a page fetched again without a change of its
 * text is the same document, and one copied with an old time is not.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(FetchedDocument document) {
        MessageDigest digest = AnalysisVersion.sha256();
        update(digest, document.text().path());
        update(digest, document.text().text());
        new TreeMap<>(document.metadata()).forEach((key, value) -> {
            update(digest, key);
            update(digest, value);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
