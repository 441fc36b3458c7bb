package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.OrganisationTime;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import dk.hrassistenten.bot.privacy.Pseudonyms;
import dk.hrassistenten.bot.store.Database;

/**
 * The store and its records about people, opened without the index, the forums or any channel: what
 * {@code unanswered} and {@code privacy} work on. Closes the database.
 */
final class StoredRecords implements AutoCloseable {

    private final Database database;
    final PrivacyStore privacy;

    StoredRecords(StoreSettings settings) {
        this.database = Database.open(settings.dbUrl(), settings.data());
        this.privacy = new PrivacyStore(database, new Pseudonyms(settings.pseudonymKey()), OrganisationTime.systemClock());
    }

    @Override
    public void close() {
        database.close();
    }
}
