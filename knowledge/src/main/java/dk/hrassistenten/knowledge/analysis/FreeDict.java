package dk.hrassistenten.knowledge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads FreeDict's Danish-English dictionary (dictd format, as Debian's {@code dict-freedict-dan-eng} ships it:
 * a gzip-compatible {@code .dict.dz} of entries "headword /ipa/ &lt;pos&gt;" followed by lines of English
 * equivalents) and turns it around: for each single English word, the Danish headwords it translates.
 */
final class FreeDict {

    private static final Pattern HEADWORD = Pattern.compile("^(\\p{L}[\\p{L} -]*?)\\s+/[^/]*/.*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\.\\s*");

    private FreeDict() {
    }

    static Map<String, List<String>> englishToDanish(Path dictDz) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(dictDz)), StandardCharsets.UTF_8))) {
            String headword = null;
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher h = HEADWORD.matcher(line);
                if (h.matches()) {
                    String word = h.group(1).strip().toLowerCase(Locale.ROOT);
                    headword = word.contains(" ") ? null : word;
                    continue;
                }
                if (headword == null || line.isBlank()) {
                    continue;
                }
                for (String english : NUMBERED.matcher(line).replaceFirst("").split(",")) {
                    String e = english.strip().toLowerCase(Locale.ROOT);
                    if (!e.isEmpty() && e.chars().allMatch(Character::isLetter)) {
                        List<String> danish = out.computeIfAbsent(e, k -> new ArrayList<>());
                        if (!danish.contains(headword)) {
                            danish.add(headword);
                        }
                    }
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }
}
