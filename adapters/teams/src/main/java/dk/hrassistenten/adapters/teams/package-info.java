/**
 * The Teams adapter: Bot Framework SDK for Java at {@code POST /api/messages}, replies as Adaptive Cards. Every
 * Bot Framework type stays in this package (the SDK is retired; replacing it must not touch the rest).
 * {@link dk.hrassistenten.adapters.teams.TeamsAdapter} is the entry point.
 */
package dk.hrassistenten.adapters.teams;
