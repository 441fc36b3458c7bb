package dk.hrassistenten.knowledge.ingest;

import java.util.Map;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the lines of a web page that are navigation rather than content, as intranet pages saved as
 * text carry them: skip links, "Abonnér | Del | Print" bars, breadcrumbs ("Du er her: Forside > …",
 * "Forside > Personale > …"), menus of short items, "Sidst opdateret …", link lines ("→ Læs om …",
 * "› Kantine") and bracketed buttons ("[Se alle medarbejdere]"). The words live in {@code boilerplate.tsv}.
 * A line with a sentence in it is never navigation.
 */
final class Boilerplate {

    private static final Set<String> ITEMS = new HashSet<>();
    private static final List<String> PREFIXES = new ArrayList<>();
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|·]\\s*|\\s{3,}|\\t+");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^.!?]{1,60}(\\s+[>»›/]\\s+[^.!?]{1,60}){2,}$");
    private static final Pattern LINK_LINE = Pattern.compile("^[›»→▸►▶]\\s*[^.!?]{1,80}$");
    private static final Pattern BUTTON = Pattern.compile("^(\\[[^\\]]{1,80}]\\s*)+$");
    private static final int MENU_ITEM_CHARS = 25;
    /**
     * "SølvNet bruger cookies til at huske dine valg. [OK]", "Siden sætter statistikcookies, hvis du siger ja.": a
     * cookie notice, however the site words it; an HR text does not speak of cookies in a short line.
     */
    private static final Pattern COOKIE_NOTICE = Pattern.compile("^.{0,160}\\p{L}*cookies?\\b.{0,160}$");
    /** "Søg på intranettet ...": a search box's placeholder. */
    private static final Pattern SEARCH_BOX = Pattern.compile("^søg\\b[^.!?]{0,50}(\\.{3}|…)$");
    /** Markdown's link and emphasis syntax, which a saved page's menu lines carry ("[Forside](/) / …", "*Del*"). */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)\\s]*\\)");
    private static final Pattern MARKDOWN = Pattern.compile("[*_]{1,2}(?=\\S)|(?<=\\S)[*_]{1,2}");

    static {
        java.util.Map<String, List<String>> entries = dk.hrassistenten.knowledge.query.DataFile.labelled(Boilerplate.class, "boilerplate.tsv");
        entries.getOrDefault("ITEM", List.of()).forEach(i -> ITEMS.add(i.toLowerCase(Locale.ROOT)));
        entries.getOrDefault("PREFIX", List.of()).forEach(p -> PREFIXES.add(p.toLowerCase(Locale.ROOT)));
    }

    private Boilerplate() {
    }

    /** Whether a (stripped) line is navigation. */
    static boolean isNavigation(String line) {
        String l = MARKDOWN.matcher(MARKDOWN_LINK.matcher(line).replaceAll("$1")).replaceAll("").strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return false;
        }
        if (ITEMS.contains(l) || BREADCRUMB.matcher(l).matches() || LINK_LINE.matcher(l).matches() || BUTTON.matcher(l).matches()
                || SEARCH_BOX.matcher(l).matches() || COOKIE_NOTICE.matcher(l).matches()) {
            return true;
        }
        for (String prefix : PREFIXES) {
            // A whole word: "» Se" opens a link line, "» Send ansøgningen …" a list item.
            if (l.startsWith(prefix) && (l.length() == prefix.length() || !Character.isLetterOrDigit(l.charAt(prefix.length())))) {
                return true;
            }
        }
        String[] items = MENU_SEPARATOR.split(l);
        if (items.length < 2) {
            return false;
        }
        int known = 0;
        boolean allShort = true;
        for (String item : items) {
            String i = item.strip();
            known += i.isEmpty() || ITEMS.contains(i) ? 1 : 0;
            allShort &= i.length() <= MENU_ITEM_CHARS && !i.endsWith(".");
        }
        // "Abonnér på ændringer    Del    Print"; "Abonnér · Print · Del på Teams"; "Forside | Nyheder | Personale |
        // Værktøjer"; "Forside   Personalehåndbog   HR og personale   IT" (a menu saved with its items apart)
        return known == items.length
                || allShort && (known * 2 >= items.length || items.length >= 3 && (l.contains("|") || ITEMS.contains(items[0].strip())));
    }
}
