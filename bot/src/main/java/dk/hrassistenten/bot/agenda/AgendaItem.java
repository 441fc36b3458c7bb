package dk.hrassistenten.bot.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An item on a meeting's agenda, as stored. Nullable: recommendation ("Det indstilles, at …"),
 * description (sagsfremstilling), case number, and the author once their data was deleted.
 */
public record AgendaItem(long id, String forum, LocalDate date, int position, String title, String recommendation,
                         String description, String caseNumber, int minutes, List<String> attachments,
                         String createdBy, OffsetDateTime createdAt) {
    public AgendaItem {
        Objects.requireNonNull(forum, "forum");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        attachments = List.copyOf(attachments);
    }
}
