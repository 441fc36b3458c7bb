package dk.hrassistenten.bot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time zone in which the organisation's days begin and end: meeting dates, "today" for deadlines and past
 * dates, and the day a question is counted on. Explicit rather than the JVM's default zone, which is UTC in most
 * containers: there, between midnight and one or two o'clock Danish time, "today" would still be yesterday.
 */
public final class OrganisationTime {

    /** Danish time, with its summer time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private OrganisationTime() {
    }

    /** The organisation's date at the clock's instant, whatever zone the clock was made with. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** A clock of the system's time in the organisation's zone. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }
}
