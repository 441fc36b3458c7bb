package dk.hrassistenten.bot;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-facing texts, Danish by default and English for English questions. Thread-safe. */
public final class Texts {

    public static final Texts DANISH = new Texts(Locale.forLanguageTag("da"));
    public static final Texts ENGLISH = new Texts(Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dk.hrassistenten.bot.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(boolean english) {
        return english ? ENGLISH : DANISH;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether there is a text of this key (optional texts, such as a command's extra help). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public boolean english() {
        return locale.getLanguage().equals("en");
    }
}
