package dk.hrassistenten.knowledge.analysis;

import dk.hrassistenten.knowledge.query.DataFile;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits a Danish compound into the words it is made of: "whistleblowersager" → "whistleblower", "sager";
 * "sygefraværssamtale" → "sygefravær", "samtale". Lucene's {@link DictionaryCompoundWordTokenFilter} finds
 * every dictionary word inside the compound (the Hunspell dictionary's words and the corpus's own); of
 * those, the parts kept are the fewest that cover the word from end to end, allowing the linking letters
 * -s- and -e- between them and an inflected last part ("regionshuset" → "region", "huset"). Emitting every
 * word found inside instead would index "hist" and "ager" for "whistleblowersager".
 *
 * <p>A word the dictionary knows as a whole ("rådgiver") is split only into parts of four letters or
 * more: "personale|politikker", but not "råd|giver". Thread-safe; results are cached, bounded.
 */
final class Decompounder {

    static final int MIN_COMPOUND = 7;
    static final int MIN_PART = 3;
    private static final int MIN_PART_OF_A_KNOWN_WORD = 4;
    private static final int MAX_PART = 24;
    private static final int MAX_PARTS = 4;
    private static final int CACHE_LIMIT = 300_000;

    /** Derivational endings that are words too but never a compound's last part (suffixes-da.tsv). */
    private static final java.util.Set<String> SUFFIXES = suffixes();

    private final CharArraySet dictionary;
    private final Hunspell hunspell;
    private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();

    /** @param hunspell tells which words are known as a whole; null to go by the dictionary set alone */
    Decompounder(CharArraySet dictionary, Hunspell hunspell) {
        this.dictionary = dictionary;
        this.hunspell = hunspell;
    }

    /** The parts of a lower-cased word, left to right, or an empty list when it is not a compound. */
    List<String> parts(String word) {
        if (word.length() < MIN_COMPOUND || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        int minPart = known(word) ? MIN_PART_OF_A_KNOWN_WORD : MIN_PART;
        List<String> candidates = subwords(word, dictionary).stream().filter(p -> p.length() >= minPart && !p.equals(word)).toList();
        List<String> best = cover(word, 0, candidates, minPart, 0);
        List<String> parts = best == null || best.size() < 2 ? List.of() : List.copyOf(best);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, parts);
        return parts;
    }

    /**
     * A word the dictionary knows whole, split after a head of three letters when the rest is a known word of five
     * letters or more ("nat|tillæg", "løn|forhandling"); empty otherwise. Not for the index: "vej|leder" is a split of
     * the same kind, and a text's "vejleder" must not be found by "leder". A question's word may look for its parts,
     * since a text that holds both ("tillæg for … nat") speaks of it.
     */
    List<String> partsAfterAShortHead(String word) {
        if (word.length() < MIN_COMPOUND || !word.chars().allMatch(Character::isLetter) || !parts(word).isEmpty() || !known(word)) {
            return List.of();
        }
        String head = word.substring(0, MIN_PART);
        for (String rest : List.of(word.substring(MIN_PART), word.substring(MIN_PART + 1))) {
            boolean linked = rest.length() < word.length() - MIN_PART; // "arbejd|s|…" has a linking letter between
            if (rest.length() >= 5 && dictionary.contains(head) && known(rest) && !SUFFIXES.contains(rest)
                    && (!linked || "se".indexOf(word.charAt(MIN_PART)) >= 0)) {
                return List.of(head, rest);
            }
        }
        return List.of();
    }

    /** The parts, and the parts of parts ("sygefraværssamtale" → "sygefravær", "samtale", "syge", "fravær"). */
    List<String> allParts(String word) {
        List<String> parts = parts(word);
        if (parts.isEmpty()) {
            return parts;
        }
        List<String> all = new ArrayList<>(parts);
        for (String part : parts) {
            all.addAll(allParts(part));
        }
        return all;
    }

    private boolean known(String word) {
        return hunspell != null ? !hunspell.getRoots(word).isEmpty() : dictionary.contains(word);
    }

    /** Every dictionary word inside a word, as the decompounding filter finds them. */
    static List<String> subwords(String word, CharArraySet dictionary) {
        List<String> found = new ArrayList<>();
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream ts = new DictionaryCompoundWordTokenFilter(tokenizer, dictionary, MIN_COMPOUND, MIN_PART, MAX_PART, false)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            ts.incrementToken(); // the word itself
            while (ts.incrementToken()) {
                found.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * The fewest parts covering word[from..], or null. After a part a linking letter may stand; the last part
     * may be any known word, also inflected ("huset"); a part may be a dictionary word that drops its final -e
     * before a linking -s- ("arbejd(e)|s|tid").
     */
    private List<String> cover(String word, int from, List<String> candidates, int minPart, int depth) {
        if (depth >= MAX_PARTS) {
            return null;
        }
        List<String> best = null;
        for (int start = from; start <= from + 1 && start < word.length(); start++) {
            if (start > from && (from == 0 || !isLinkingLetter(word.charAt(from)))) {
                continue;
            }
            String tail = word.substring(start);
            if (from > 0 && tail.length() >= minPart && known(tail) && !SUFFIXES.contains(tail)) {
                List<String> whole = new ArrayList<>(List.of(tail));
                if (better(whole, best)) {
                    best = whole;
                }
            }
            for (String part : candidates) {
                if (word.startsWith(part, start) && start + part.length() < word.length()) {
                    best = extend(word, part, start + part.length(), candidates, minPart, depth, best);
                }
            }
            for (int end = start + minPart; end < word.length() - 1; end++) {
                if (word.charAt(end) == 's' && dictionary.contains(word.substring(start, end) + "e")) {
                    best = extend(word, word.substring(start, end) + "e", end, candidates, minPart, depth, best);
                }
            }
        }
        return best;
    }

    private List<String> extend(String word, String part, int next, List<String> candidates, int minPart, int depth, List<String> best) {
        List<String> rest = cover(word, next, candidates, minPart, depth + 1);
        if (rest == null) {
            return best;
        }
        rest.add(0, part);
        return better(rest, best) ? rest : best;
    }

    private static java.util.Set<String> suffixes() {
        return java.util.Set.copyOf(DataFile.lines(Decompounder.class, "suffixes-da.tsv").stream().map(String::strip).toList());
    }

    private static boolean isLinkingLetter(char c) {
        return c == 's' || c == 'e';
    }

    /** Fewest parts; then most parts that are dictionary words as written ("licens", not "slicens"); then the most even. */
    private boolean better(List<String> candidate, List<String> current) {
        if (current == null) {
            return true;
        }
        if (candidate.size() != current.size()) {
            return candidate.size() < current.size();
        }
        long written = candidate.stream().filter(dictionary::contains).count();
        long writtenCurrent = current.stream().filter(dictionary::contains).count();
        if (written != writtenCurrent) {
            return written > writtenCurrent;
        }
        int shortestCandidate = candidate.stream().mapToInt(String::length).min().orElse(0);
        int shortestCurrent = current.stream().mapToInt(String::length).min().orElse(0);
        return shortestCandidate > shortestCurrent;
    }
}
