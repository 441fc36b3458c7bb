package dk.hrassistenten.bot.intent;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises "who handles …" questions and cuts out their topic: "Hvem håndterer HR-rådgivning i
 * whistleblower-sager?" asks about "HR-rådgivning i whistleblower-sager".
 */
public final class WhoQuestion {

    private static final Pattern FRAME = Pattern.compile("(?iu)^\\s*(?:"
            + "hvem\\s+(?:i\\s+\\S+\\s+)?(?:håndterer|står\\s+for|tager\\s+sig\\s+af|kan\\s+hjælpe(?:\\s+mig)?\\s+med|har\\s+ansvar(?:et)?\\s+for"
            + "|er\\s+ansvarlig(?:e)?\\s+for|sørger\\s+for(?:\\s+at)?|arbejder\\s+med|varetager|beskæftiger\\s+sig\\s+med|fungerer\\s+som"
            + "|tager\\s+hånd\\s+om|skal\\s+jeg\\s+(?:kontakte|spørge|ringe\\s+til)\\s+(?:om|angående|vedrørende)|kontakter\\s+jeg\\s+om|er|udfører|laver|driver)"
            + "|hvilk(?:en|et|e)\\s+(?:enhed(?:er)?|kontor(?:er)?|afdeling(?:er)?|team)\\s+(?:håndterer|står\\s+for|tager\\s+sig\\s+af|har\\s+ansvar(?:et)?\\s+for"
            + "|er\\s+ansvarlig\\s+for|sørger\\s+for(?:\\s+at)?|arbejder\\s+med|varetager|fungerer\\s+som|er|udbyder|udvikler)"
            + "|who\\s+(?:handles|is\\s+responsible\\s+for|are\\s+responsible\\s+for|takes\\s+care\\s+of|deals\\s+with|is\\s+in\\s+charge\\s+of"
            + "|works\\s+(?:on|with)|can\\s+help(?:\\s+me)?\\s+with|do\\s+i\\s+(?:contact|ask)\\s+about|is|provides|offers|runs)"
            + "|which\\s+(?:unit|office|department|team)\\s+(?:handles|is\\s+responsible\\s+for|takes\\s+care\\s+of|deals\\s+with|is|provides|works\\s+(?:on|with))"
            + "|hvem\\b|who\\b)\\s*");

    private WhoQuestion() {
    }

    /** "Hvem leder …?", "Hvem er HR-direktør?" ask for a person in a role, not for the unit that handles a topic. */
    private static final Pattern LEADERSHIP = Pattern.compile("(?iu)^\\s*(?:hvem|who)\\s+(?:leder|ledes|(?:er|var)\\s+(?:den\\s+|det\\s+)?[\\p{L}-]*"
            + "(?:leder|chef|direktør|formand|forperson|ordstyrer|sekretær)(?:en|et|e)?|leads|heads|is\\s+the\\s+head)\\b");

    /** "Hvem er HR-direktør?", "Who is the chair …?": the answer is a person's name, or there is none. */
    private static final Pattern ROLE_HOLDER = Pattern.compile("(?iu)^\\s*(?:hvem\\s+(?:er|var)|who\\s+(?:is|was))\\s+(?:den\\s+|det\\s+|the\\s+)?[\\p{L}-]*"
            + "(?:leder|chef|direktør|formand|forperson|ordstyrer|sekretær|director|chair|chairman|manager|head)(?:en|et|e|man)?\\b");

    /** Whether a question asks who holds a role, which only a named person answers. */
    public static boolean asksForARolesHolder(String text) {
        return ROLE_HOLDER.matcher(text).lookingAt();
    }

    /** The topic of a who-question, or empty when the text is not one. */
    public static Optional<String> topic(String text) {
        Matcher m = FRAME.matcher(text);
        if (!m.lookingAt() || LEADERSHIP.matcher(text).lookingAt()) {
            return Optional.empty();
        }
        String topic = text.substring(m.end()).replaceAll("[?!.]+\\s*$", "").strip();
        return topic.isEmpty() ? Optional.empty() : Optional.of(topic);
    }
}
