package dk.hrassistenten.bot.reply;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one way dates are written for people: Danish long form, "1. januar 2025". */
public final class DanishDate {

    public static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    private DanishDate() {
    }

    /** "1. januar 2025"; "" for no date. */
    public static String of(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }
}
