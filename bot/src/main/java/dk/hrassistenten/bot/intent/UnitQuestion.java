package dk.hrassistenten.bot.intent;

import java.util.regex.Pattern;

/**
 * Questions about a named unit itself rather than a topic: who leads it, where it is, what it does,
 * whom it reports to ("Hvem leder Stab?", "Hvor ligger MidtSim?", "What does LPS do?").
 */
public final class UnitQuestion {

    private static final Pattern ABOUT_A_UNIT = Pattern.compile("(?iu)\\b(hvem\\s+leder|hvem\\s+er\\s+(?:leder|chef)|leder\\s+af|ledes|hvor\\s+ligger"
            + "|hvor\\s+(?:er|sidder|holder)\\b.*\\b(?:placeret|til)|placeret|hvad\\s+laver|hvilke\\s+opgaver|opgaver\\s+har|reference\\s+til|refererer"
            + "|hvem\\s+er\\s+.*\\b(?:kontorchef|chef)|fortæl\\s+om|who\\s+leads|who\\s+heads|head\\s+of|where\\s+is|located|what\\s+does|report\\s+to"
            + "|tell\\s+me\\s+about)\\b");

    private UnitQuestion() {
    }

    /** Whether the text asks about a unit's leader, location, tasks or reporting line. */
    public static boolean asksAboutAUnit(String text) {
        return ABOUT_A_UNIT.matcher(text).find();
    }
}
