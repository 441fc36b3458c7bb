package dk.hrassistenten.bot.intent;

import dk.hrassistenten.bot.command.CommandRegistry;
import java.util.Objects;

/**
 * What a message asks for, as {@link QueryUnderstanding} read it: one kind, the language it is written in,
 * and what that kind needs. Immutable.
 *
 * @param kind what the message is
 * @param language Danish or English
 * @param text the message as it is to be answered: stripped, and without a greeting in front of a question
 *     ("Hej! Hvem håndterer løn?" is answered as "Hvem håndterer løn?")
 * @param topic for {@link Kind#WHO_HANDLES}: the topic cut out of the question ("feriehenlæggelser"); else null
 * @param organisation the corpus organisation the message names ("Region Nordjylland"), or null; only set
 *     when the message was read against a knowledge snapshot
 * @param command for {@link Kind#COMMAND}: the parsed invocation; for {@link Kind#WHO_HANDLES} the "/hvem"
 *     command when the message was one (it answers a topic no unit covers with its own not-found); else null
 * @param aspect what about a unit the message asks (leader, place, tasks, reporting line, name), whatever its
 *     kind, or null: with a unit named, such a question is answered by describing the unit
 * @param smallTalk for {@link Kind#SMALL_TALK}: greeting, thanks or goodbye; else null
 * @param standalone for {@link Kind#FOLLOW_UP}: the message read on its own, for when there is no previous
 *     question to continue; else null
 */
public record Intent(Kind kind, Language language, String text, String topic, String organisation,
                     CommandRegistry.Invocation command, UnitAspect aspect, SmallTalk smallTalk, Intent standalone) {

    /** The kinds of message, and what the assistant does with each (see {@code Assistant}). */
    public enum Kind {
        /** A command, with or without its slash ("/dagsorden vis …", "hjælp"). */
        COMMAND,
        /** Which unit handles a topic ("Hvem håndterer løn?", "Where do I go with payroll?"). */
        WHO_HANDLES,
        /** Who holds a role ("Hvem er HR-direktør?"): a person's name, or no answer. */
        ROLE_HOLDER,
        /** About a unit itself: who leads it, where it is, what it does, what it is called now. */
        UNIT_QUESTION,
        /** Continues the previous question ("og hvem leder den?", "what about Aarhus?"). */
        FOLLOW_UP,
        /** Asks for the asker's own data ("Hvad er min løn?"), which organisation documents never hold. */
        PERSONAL,
        /** Greeting, thanks, goodbye. */
        SMALL_TALK,
        /** Anything else: searched for in the documents. */
        QUESTION
    }

    public enum Language {
        DANISH, ENGLISH
    }

    /** What about a unit a question asks. */
    public enum UnitAspect {
        LEADER, LOCATION, TASKS, REPORTING, ABOUT, NAME
    }

    public enum SmallTalk {
        GREETING, THANKS, BYE
    }

    public Intent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (kind == Kind.COMMAND && command == null) {
            throw new IllegalArgumentException("a command intent needs its invocation");
        }
        if (kind == Kind.WHO_HANDLES && (topic == null || topic.isBlank())) {
            throw new IllegalArgumentException("a who-handles intent needs a topic");
        }
        if (kind == Kind.SMALL_TALK && smallTalk == null) {
            throw new IllegalArgumentException("a small-talk intent needs its kind of small talk");
        }
        if (kind == Kind.FOLLOW_UP && standalone == null) {
            throw new IllegalArgumentException("a follow-up intent needs its standalone reading");
        }
    }

    static Intent of(Kind kind, Language language, String text, UnitAspect aspect) {
        return new Intent(kind, language, text, null, null, null, aspect, null, null);
    }

    public boolean english() {
        return language == Language.ENGLISH;
    }

    /** Whether the message asks about a unit itself (its leader, place, tasks, reporting line or name). */
    public boolean aboutAUnit() {
        return aspect != null;
    }

    Intent withOrganisation(String organisation) {
        return new Intent(kind, language, text, topic, organisation, command, aspect, smallTalk,
                standalone == null ? null : standalone.withOrganisation(organisation));
    }

    Intent withCommand(CommandRegistry.Invocation command) {
        return new Intent(kind, language, text, topic, organisation, command, aspect, smallTalk, standalone);
    }
}
