package dk.hrassistenten.bot.agenda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses {@code key=value} arguments as people type them in chat: values with spaces in straight or
 * typographic quotes (Slack and Word turn " into “ ”), keys in any case, a key given twice collecting
 * both values (several attachments).
 */
final class Arguments {

    private final Map<String, List<String>> values;

    private Arguments(Map<String, List<String>> values) {
        this.values = values;
    }

    static Arguments parse(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String t = text.replace('“', '"').replace('”', '"').replace('„', '"').replace('«', '"').replace('»', '"');
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= t.length()) {
                break;
            }
            int eq = t.indexOf('=', i);
            int space = nextSpace(t, i);
            if (eq < 0 || (space >= 0 && space < eq)) {
                String word = t.substring(i, space < 0 ? t.length() : space);
                throw new AgendaException("agenda.error.syntax", word);
            }
            String key = t.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            String value;
            if (i < t.length() && t.charAt(i) == '"') {
                int close = t.indexOf('"', i + 1);
                if (close < 0) {
                    throw new AgendaException("agenda.error.quote", key);
                }
                value = t.substring(i + 1, close);
                i = close + 1;
            } else {
                int end = nextSpace(t, i);
                value = t.substring(i, end < 0 ? t.length() : end);
                i = end < 0 ? t.length() : end;
            }
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value.strip());
        }
        return new Arguments(values);
    }

    private static int nextSpace(String t, int from) {
        for (int j = from; j < t.length(); j++) {
            if (Character.isWhitespace(t.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    /** The value of the first of the given keys present (Danish and English names of one field), or null. */
    /** Whether no key was given at all. */
    boolean isEmpty() {
        return values.isEmpty();
    }

    String get(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty()) {
                return v.get(v.size() - 1);
            }
        }
        return null;
    }

    List<String> all(String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.addAll(values.getOrDefault(k, List.of()));
        }
        return out;
    }

    /** Keys given that are not among the known ones. */
    List<String> unknown(java.util.Set<String> known) {
        return values.keySet().stream().filter(k -> !known.contains(k)).toList();
    }
}
