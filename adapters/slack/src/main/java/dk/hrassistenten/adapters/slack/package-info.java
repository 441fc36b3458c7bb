/**
 * The Slack adapter: Bolt for Java on the service's Jetty, Socket Mode, Block Kit rendering. Not built
 * yet (issue 6); the module exists so that the dependency direction {@code bot ← adapters ← deploy} is
 * fixed from the start.
 */
package dk.hrassistenten.adapters.slack;
