package dk.hrassistenten.knowledge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a question may use that the documents write otherwise: abbreviations and their expansions
 * (shipped for the sector, and those the corpus defines itself as "Long name (ABBR)"), and English HR
 * terms with their Danish equivalents. Immutable once built.
 */
public final class TermLexicon {

    private static final Pattern DEFINED_ABBREVIATION = Pattern.compile("([\\p{Lu}][\\p{L}\\- ,]{3,80}?)\\s*\\((\\p{Lu}{2,6})\\)");
    private final Map<String, String> abbreviations;
    private final Map<String, String> english;
    private final List<String> englishPhrases;
    private final Map<String, List<String>> synonyms;

    private TermLexicon(Map<String, String> abbreviations, Map<String, String> english, Map<String, List<String>> synonyms) {
        this.abbreviations = Map.copyOf(abbreviations);
        this.english = Map.copyOf(english);
        this.synonyms = Map.copyOf(synonyms);
        this.englishPhrases = english.keySet().stream().filter(k -> k.contains(" "))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The shipped lists only. */
    public static TermLexicon shipped() {
        return new TermLexicon(load("abbreviations.tsv", true), load("english-danish.tsv", false), loadSynonyms("danish-synonyms.tsv"));
    }

    /** The shipped lists plus the abbreviations that the given texts define. */
    public TermLexicon withDefinitionsFrom(Iterable<String> texts) {
        Map<String, String> merged = new HashMap<>(abbreviations);
        for (String text : texts) {
            Matcher m = DEFINED_ABBREVIATION.matcher(text);
            while (m.find()) {
                String longName = m.group(1).strip();
                String[] words = longName.split("\\s+");
                // keep the last few words: "… arbejder i Center for Kompetenceudvikling (CKU)" defines CKU by the name only
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
                merged.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            }
        }
        return new TermLexicon(merged, english, synonyms);
    }

    /** The other words of a lower-cased Danish word's synonym group; empty when it has none. */
    public List<String> synonymsOf(String lowerCaseWord) {
        return synonyms.getOrDefault(lowerCaseWord, List.of());
    }

    /** The expansion of an abbreviation (given lower-cased), or null. */
    public String expand(String lowerCaseAbbreviation) {
        return abbreviations.get(lowerCaseAbbreviation);
    }

    /** The abbreviations whose expansion contains the given lower-cased word. */
    public List<String> abbreviationsOf(String lowerCaseWord) {
        List<String> found = new ArrayList<>();
        abbreviations.forEach((abbr, expansion) -> {
            if ((" " + expansion + " ").contains(" " + lowerCaseWord + " ")) {
                found.add(abbr);
            }
        });
        return found;
    }

    /**
     * Rewrites an English question into Danish search words, one list of alternatives per English word
     * or phrase: phrases are tried first; function words are dropped; words without an entry are kept
     * (they are often names).
     */
    public List<List<String>> translateEnglish(String question) {
        String text = " " + question.toLowerCase(Locale.ROOT).replaceAll("[?!.,;:\"()]", " ").replaceAll("\\s+", " ") + " ";
        for (String phrase : englishPhrases) {
            text = text.replace(" " + phrase + " ", " " + english.get(phrase).replace(' ', '|') + " ");
        }
        List<List<String>> out = new ArrayList<>();
        for (String word : text.strip().split(" ")) {
            if (word.contains("|")) {
                out.add(List.of(word.split("\\|")));
            } else if (english.containsKey(word)) {
                out.add(List.of(english.get(word).split(" ")));
            } else if (!word.isEmpty() && !EnglishStopWords.contains(word)) {
                out.add(List.of(word));
            }
        }
        return out;
    }

    private static Map<String, List<String>> loadSynonyms(String resource) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String line : lines(resource)) {
            List<String> group = java.util.Arrays.stream(line.split("\t")).map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
            for (String word : group) {
                List<String> others = new ArrayList<>(groups.getOrDefault(word, List.of()));
                group.stream().filter(w -> !w.equals(word) && !others.contains(w)).forEach(others::add);
                groups.put(word, List.copyOf(others));
            }
        }
        return groups;
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = TermLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static Map<String, String> load(String resource, boolean lowerCaseKeys) {
        Map<String, String> entries = new HashMap<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t", 2);
            if (cols.length == 2) {
                entries.put(lowerCaseKeys ? cols[0].strip().toLowerCase(Locale.ROOT) : cols[0].strip(), cols[1].strip());
            }
        }
        return entries;
    }
}
