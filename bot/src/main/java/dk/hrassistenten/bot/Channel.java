package dk.hrassistenten.bot;

/** Where a message came from; used for metrics, auditing and how a reply is rendered. */
public enum Channel {
    WEB, API, CLI, SLACK, TEAMS
}
