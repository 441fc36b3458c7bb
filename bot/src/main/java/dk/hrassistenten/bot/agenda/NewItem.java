package dk.hrassistenten.bot.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A validated item to add; see {@link AgendaCommand} for the limits checked before one is made. */
public record NewItem(String forum, LocalDate date, String title, String recommendation, String description,
                      String caseNumber, int minutes, List<String> attachments) {
    public NewItem {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        attachments = List.copyOf(attachments);
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes must be positive");
        }
    }
}
