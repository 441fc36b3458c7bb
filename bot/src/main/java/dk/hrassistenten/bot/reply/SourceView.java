package dk.hrassistenten.bot.reply;

/** A cited passage as a person reads it behind a source link. */
public record SourceView(String title, String section, String meta, String text) {
}
