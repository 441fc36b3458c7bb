package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.reply.ReplyJson;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code privacy export|delete --user ID} and {@code privacy purge}: what is stored about one person, its
 * deletion, and the expiry of everything past the retention (which {@code serve} also runs by itself).
 */
@Command(name = "privacy", mixinStandardHelpOptions = true, description = "Export or delete what is stored about one user (GDPR), or purge what is past the retention.")
final class PrivacyCommand implements Callable<Integer> {

    /** The store alone: the records are in it, so neither the corpus nor the forums are read. */
    @Mixin
    StoreOptions options;

    @Parameters(paramLabel = "ACTION", description = "export, delete or purge")
    String action;

    @Option(names = "--user", paramLabel = "ID", description = "The user's chat id or e-mail address (export, delete).")
    String user;

    @Override
    public Integer call() throws Exception {
        StoreSettings settings = StoreSettings.of(options, System.getenv());
        PrintStream out = Terminal.stdout();
        try (StoredRecords records = new StoredRecords(settings)) {
            switch (action) {
                case "export" -> out.println(ReplyJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(records.privacy.export(requireUser())));
                case "delete" -> out.println(ReplyJson.mapper().writeValueAsString(records.privacy.delete(requireUser())));
                case "purge" -> out.println(ReplyJson.mapper().writeValueAsString(records.privacy.purge(settings.retention())));
                default -> throw new Settings.InvalidSettingException("Use privacy export --user ID, privacy delete --user ID, or privacy purge.");
            }
        }
        return 0;
    }

    private String requireUser() {
        if (user == null || user.isBlank()) {
            throw new Settings.InvalidSettingException("Give the user with --user ID (a chat user id or an e-mail address).");
        }
        return user;
    }
}
