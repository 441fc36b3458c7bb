package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.analysis.HrAnalyzer;
import dk.hrassistenten.knowledge.document.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisations of documents that name none of a known kind: "Lyngtrafik" or "Novafarm" is no "X Kommune" or
 * "Region Y", so the metadata finds no organisation in them. Such an organisation's documents share its proper name
 * in their first lines (title, site line; also written in capitals): a word that no dictionary has, that the corpus
 * never writes in lower case and that names no unit or committee. Of those words, the one in the first lines of most
 * of these documents is an organisation, when at least two of them hold it; the documents using it are
 * then its, and the others are looked at again for another. A word opening a longer name ("Havbo Zoo") takes
 * the capitalised word that follows it in most of its uses.
 */
final class ImpliedOrganisations {

    private static final int HEAD_LINES = 3;
    private static final Pattern HEAD_WORD = Pattern.compile("(?<![\\p{L}\\p{N}@./-])\\p{Lu}[\\p{L}]{3,}(?![\\p{L}\\p{N}@-])");
    /** "Hovedsamarbejdsudvalget": a committee, no organisation. */
    private static final Pattern COMMITTEE = Pattern.compile("udvalg(?:et)?$");
    /** "Havbo Zoo": a capitalised word right after the name, in the same line. */
    private static final Pattern FOLLOWER = Pattern.compile("[ \\t]+(\\p{Lu}\\p{Ll}+)(?![\\p{L}])");

    private ImpliedOrganisations() {
    }

    /** The organisation found for each document without one, by the document's index; none for most corpora. */
    static Map<Integer, String> of(List<Document> documents, List<String> texts, Set<String> known, HrAnalyzer analyzer, UnitCues cues) {
        List<Integer> unnamed = new ArrayList<>();
        for (int i = 0; i < documents.size() && i < texts.size(); i++) {
            if (documents.get(i).metadata().organization() == null && texts.get(i) != null) {
                unnamed.add(i);
            }
        }
        Set<String> knownWords = new java.util.HashSet<>();
        known.forEach(o -> knownWords.addAll(List.of(o.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))));
        Map<String, Set<Integer>> headsHolding = new HashMap<>(); // lower-cased word → the documents whose first lines hold it
        for (int i : unnamed) {
            Matcher m = HEAD_WORD.matcher(head(texts.get(i)));
            while (m.find()) {
                String lower = m.group().toLowerCase(Locale.ROOT);
                if (!HrAnalyzer.isStopWord(lower) && !knownWords.contains(lower) && !analyzer.isDictionaryWord(lower) && !cues.hasUnitNoun(lower)
                        && !COMMITTEE.matcher(lower).find()) {
                    headsHolding.computeIfAbsent(lower, k -> new java.util.HashSet<>()).add(i);
                }
            }
        }
        Map<Integer, String> found = new HashMap<>();
        List<Integer> left = new ArrayList<>(unnamed);
        while (!left.isEmpty()) {
            String best = null;
            long most = 0;
            for (Map.Entry<String, Set<Integer>> e : headsHolding.entrySet()) {
                long heads = left.stream().filter(e.getValue()::contains).count();
                if (heads > most || heads == most && best != null && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                    most = heads;
                }
            }
            if (best == null || most < 2) {
                break;
            }
            String word = best;
            headsHolding.remove(word);
            if (texts.stream().anyMatch(t -> t != null && wordAt(t, word, 0) >= 0)) {
                continue; // "vagtcentralen": a word of the language, though no dictionary has it
            }
            String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            String capitals = word.toUpperCase(Locale.ROOT);
            List<Integer> its = left.stream().filter(i -> wordAt(texts.get(i), capitalised, 0) >= 0 || wordAt(texts.get(i), capitals, 0) >= 0).toList();
            String name = withFollower(capitalised, its.stream().map(texts::get).toList());
            its.forEach(i -> found.put(i, name));
            left.removeAll(its);
        }
        return found;
    }

    /** The name, with the capitalised word after it when most of its uses have that word ("Havbo" → "Havbo Zoo"). */
    private static String withFollower(String name, List<String> texts) {
        Map<String, Integer> followers = new HashMap<>();
        int uses = 0;
        for (String text : texts) {
            for (int at = wordAt(text, name, 0); at >= 0; at = wordAt(text, name, at + 1)) {
                uses++;
                Matcher next = FOLLOWER.matcher(text).region(at + name.length(), text.length());
                if (next.lookingAt()) {
                    followers.merge(next.group(1), 1, Integer::sum);
                }
            }
        }
        int all = uses;
        return followers.entrySet().stream().filter(e -> e.getValue() * 2 > all).map(e -> name + " " + e.getKey()).findFirst().orElse(name);
    }

    /**
     * Where the word stands as a word of its own from {@code from} on, -1 if nowhere: not inside "lyngtrafikken", nor
     * in an address ("lyngtrafik.dk", "hr@lyngtrafik.dk").
     */
    private static int wordAt(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '@' && text.charAt(at - 1) != '.';
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '@'
                    && !(text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    private static String head(String text) {
        StringBuilder head = new StringBuilder();
        int lines = 0;
        for (int start = 0; start < text.length() && lines < HEAD_LINES; ) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (!line.isBlank()) {
                head.append(line).append('\n');
                lines++;
            }
            start = end < 0 ? text.length() : end + 1;
        }
        return head.toString();
    }
}
