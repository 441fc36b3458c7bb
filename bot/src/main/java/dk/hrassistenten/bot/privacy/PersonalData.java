package dk.hrassistenten.bot.privacy;

import java.util.regex.Pattern;

/**
 * Takes personal data out of what a person typed before anything about it is kept (unanswered questions,
 * conversation memory): CPR numbers, e-mail addresses and Danish phone numbers become a placeholder that
 * says what stood there. People write these into questions ("… mit cpr er 010190-1234"); HR's list of what
 * to document next needs the question, never the number. Thread-safe.
 */
public final class PersonalData {

    /** ddmmyy-xxxx, ddmmyyxxxx or ddmmyy xxxx, with a day and month that can be a birth date. */
    private static final Pattern CPR = Pattern.compile("(?<![\\d-])(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2}[- ]?\\d{4}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /**
     * Eight digits, optionally after +45 or 0045, grouped by spaces as people write them (12345678,
     * 12 34 56 78, 1234 5678). Hyphens do not group: case numbers (1-13-3-105-22) are joined by them.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+-])(?:(?:\\+|00)45 ?)?\\d{2}(?: ?\\d){6}(?![\\d-])");

    private PersonalData() {
    }

    /** The text with CPR numbers, e-mail addresses and phone numbers replaced; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        // CPR first: its ten digits must not be taken for a phone number and two more digits.
        String out = CPR.matcher(text).replaceAll("[CPR-nummer]");
        out = EMAIL.matcher(out).replaceAll("[e-mail]");
        return PHONE.matcher(out).replaceAll("[telefonnummer]");
    }
}
