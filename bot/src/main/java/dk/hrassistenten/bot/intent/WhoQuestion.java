package dk.hrassistenten.bot.intent;

/**
 * What the answer composer still asks of a question's wording. Reads through {@link QueryUnderstanding};
 * kept only until the composer takes the {@link Intent} itself.
 *
 * @deprecated use {@link QueryUnderstanding#understand(String)} and {@link Intent.Kind#ROLE_HOLDER}
 */
@Deprecated
public final class WhoQuestion {

    private WhoQuestion() {
    }

    /** Whether a question asks who holds a role ("Hvem er HR-direktør?"), which only a named person answers. */
    public static boolean asksForARolesHolder(String text) {
        Intent intent = QueryUnderstanding.withoutCommands().understand(text);
        Intent read = intent.kind() == Intent.Kind.FOLLOW_UP ? intent.standalone() : intent;
        return read.kind() == Intent.Kind.ROLE_HOLDER;
    }
}
