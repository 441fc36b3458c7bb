package dk.hrassistenten.knowledge.units;

/**
 * A statement that a unit was renamed or merged into another: the former name (as written and as displayed), the key and
 * display name of the unit it became, the sentence that says so and where it stands.
 *
 * @param merger true when the unit was merged into the other or handed its tasks over, rather than renamed
 */
record RenameFact(String from, String fromDisplay, String toKey, String toDisplay, String statement, boolean merger, Unit.UnitSource source) {
}
