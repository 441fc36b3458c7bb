package dk.hrassistenten.knowledge.units;

import java.util.Locale;

/** Comparison keys for unit names: "Fælles HR, Arbejds miljø" and "Arbejdsmiljø" are the same unit. */
final class UnitNames {

    // Compiled once: names are squashed for every unit and alias each time a question is checked for a unit's name.
    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^)]*\\)");
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    private UnitNames() {
    }

    /** Letters and digits only, lower-cased, with the department prefix removed. */
    static String key(String name, String department) {
        String k = squash(PARENTHESES.matcher(name).replaceAll(""));
        String d = department == null ? "" : squash(department);
        if (!d.isEmpty() && k.startsWith(d) && k.length() > d.length()) {
            k = k.substring(d.length());
        }
        return k;
    }

    static String squash(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** "Fælles HR, sekretariatet" reads "Fælles HR, Sekretariatet". */
    static String display(String name, String department) {
        String n = name.replaceAll("\\s*\\((\\p{Lu}{2,6})\\)\\s*$", "").strip();
        if (department != null && !squash(n).startsWith(squash(department))) {
            n = department + ", " + n;
        }
        int comma = n.indexOf(", ");
        if (comma > 0 && comma + 2 < n.length()) {
            n = n.substring(0, comma + 2) + Character.toUpperCase(n.charAt(comma + 2)) + n.substring(comma + 3);
        }
        return n;
    }
}
