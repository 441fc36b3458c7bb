package dk.hrassistenten.bot.intent;

import java.util.regex.Pattern;

/**
 * Recognises a question for the asker's own data ("Hvad er min løn?", "What is my salary?"): organisation
 * documents never hold it, so the honest answer is that they do not, however well the words "løn" or
 * "salary" match a passage. Questions about rules ("Hvor mange feriedage har jeg ret til?") are not this.
 */
public final class PersonalQuestion {

    private static final Pattern OWN_VALUE = Pattern.compile(
            "(?iu)^\\s*(hvad\\s+er|hvor\\s+(meget|mange|høj|stor)\\s+er|hvornår\\s+er|what\\s+is|what's|how\\s+(much|many|high)\\s+is|when\\s+is)"
                    + "\\s+(min|mit|mine|my)\\s+\\p{L}+(-\\p{L}+)?(\\s+\\p{L}+)?\\s*[?.!]*\\s*$");

    private PersonalQuestion() {
    }

    public static boolean asksForOwnData(String question) {
        return OWN_VALUE.matcher(question).matches();
    }
}
