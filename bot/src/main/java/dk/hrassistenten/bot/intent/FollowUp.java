package dk.hrassistenten.bot.intent;

import java.util.regex.Pattern;

/**
 * Recognises a follow-up that only makes sense after the previous question: "og hvem leder den?",
 * "hvad med Aarhus?", "and where is it?".
 */
public final class FollowUp {

    private static final Pattern OPENS_AS_FOLLOW_UP = Pattern.compile("(?iu)^\\s*(og|men|and|but|hvad\\s+med|what\\s+about|how\\s+about)\\b");
    /** A pronoun as the last word points back to what was asked before ("Hvem leder den?"). */
    private static final Pattern ENDS_WITH_PRONOUN = Pattern.compile("(?iu)\\b(den|det|dem|de|denne|dette|dens|dets|deres|it|they|them|its|their|that|this)\\s*[?.!]*\\s*$");
    private static final int MAX_WORDS = 8;

    private FollowUp() {
    }

    public static boolean isFollowUp(String text) {
        return text.strip().split("\\s+").length <= MAX_WORDS
                && (OPENS_AS_FOLLOW_UP.matcher(text).find() || ENDS_WITH_PRONOUN.matcher(text).find());
    }
}
