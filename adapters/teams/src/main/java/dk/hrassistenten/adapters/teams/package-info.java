/**
 * The Teams adapter: every Bot Framework type stays in this module. Not built yet (issue 7); the module
 * exists so that the dependency direction {@code bot ← adapters ← deploy} is fixed from the start.
 */
package dk.hrassistenten.adapters.teams;
