package dk.hrassistenten.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits Danish compounds ("whistleblowersager", "vagtplanlægningssystemet") into parts the vocabulary
 * knows ("whistleblower" + "sager"), allowing the linking letters -s- and -e- between parts. The split
 * with the fewest and most even parts wins; a word with no such split is left whole.
 */
public final class CompoundSplitter {

    private static final int MIN_WORD = 7;
    private static final int MIN_PART = 3;
    private static final int MAX_PARTS = 3;
    private static final int CACHE_LIMIT = 200_000;

    /**
     * Endings and function words that also occur as words of their own but are never the parts of a
     * compound ("forskellig" is not "forskel" + "lig", "hvordan" not "hvor" + "dan").
     */
    private static final java.util.Set<String> NOT_PARTS = java.util.Set.of(
            "lig", "lige", "ligt", "ende", "ene", "else", "elser", "hed", "heds", "heden", "dan", "ret", "ing", "ning", "tion",
            "isk", "iske", "ere", "erne", "ers", "ens", "tet", "sen", "ste", "sten", "els", "ner", "dom", "skab", "agtig");

    private final Vocabulary vocabulary;
    private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();

    public CompoundSplitter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The parts of a lower-cased word, as surface strings, or an empty list when it is not a compound. */
    public List<String> split(String word) {
        if (word.length() < MIN_WORD || vocabulary.size() == 0) {
            return List.of();
        }
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> best = best(word, MAX_PARTS, false);
        List<String> result = best == null || best.size() < 2 ? List.of() : List.copyOf(best);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, result);
        }
        return result;
    }

    /** @param allowWhole false at the top, so that a compound the corpus also uses whole is still split */
    private List<String> best(String word, int partsLeft, boolean allowWhole) {
        List<String> bestSplit = null;
        if (allowWhole && known(word)) {
            bestSplit = List.of(word);
        }
        if (partsLeft < 2) {
            return bestSplit;
        }
        for (int i = MIN_PART; i <= word.length() - MIN_PART; i++) {
            String left = word.substring(0, i);
            String head = knownHead(left);
            if (head == null) {
                continue;
            }
            List<String> rest = best(word.substring(i), partsLeft - 1, true);
            if (rest == null) {
                continue;
            }
            List<String> candidate = new ArrayList<>();
            candidate.add(head);
            candidate.addAll(rest);
            if (better(candidate, bestSplit)) {
                bestSplit = candidate;
            }
        }
        return bestSplit;
    }

    /** The left part itself, or without its linking letter, when the vocabulary knows it. */
    private String knownHead(String left) {
        if (known(left)) {
            return left;
        }
        char last = left.charAt(left.length() - 1);
        if ((last == 's' || last == 'e') && left.length() > MIN_PART && known(left.substring(0, left.length() - 1))) {
            return left.substring(0, left.length() - 1);
        }
        return null;
    }

    private boolean known(String part) {
        if (NOT_PARTS.contains(part) || HrAnalyzer.isStopWord(part)) {
            return false;
        }
        String stem = Stemmer.stem(part);
        return stem.length() >= MIN_PART && vocabulary.containsStem(stem);
    }

    private static boolean better(List<String> candidate, List<String> current) {
        if (current == null) {
            return true;
        }
        if (candidate.size() != current.size()) {
            return candidate.size() < current.size();
        }
        // Among as many parts, the most even split: "overenskomst|fortolkning", not "over|enskomstfortolkning".
        int shortestCandidate = candidate.stream().mapToInt(String::length).min().orElse(0);
        int shortestCurrent = current.stream().mapToInt(String::length).min().orElse(0);
        if (shortestCandidate != shortestCurrent) {
            return shortestCandidate > shortestCurrent;
        }
        return squares(candidate) > squares(current);
    }

    private static int squares(List<String> parts) {
        return parts.stream().mapToInt(p -> p.length() * p.length()).sum();
    }
}
