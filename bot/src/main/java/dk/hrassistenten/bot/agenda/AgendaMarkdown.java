package dk.hrassistenten.bot.agenda;

import java.time.format.DateTimeFormatter;

/**
 * The agenda as a Markdown document laid out like committees' own agendas: forum, date and place; a
 * table of contents; per item its number, title and time slot, case number, "Det indstilles, at",
 * "Sagsfremstilling" and "Bilag". Always Danish: it is the committee's document.
 */
public final class AgendaMarkdown {

    static final DateTimeFormatter LONG_DATE = dk.hrassistenten.bot.reply.DanishDate.LONG;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private AgendaMarkdown() {
    }

    public static String render(Meeting meeting) {
        StringBuilder md = new StringBuilder();
        md.append("# Dagsorden\n\n");
        md.append("**Møde i ").append(meeting.forum().name()).append("**\n\n");
        md.append("**").append(LONG_DATE.format(meeting.date())).append(" kl. ").append(TIME.format(meeting.forum().starts())).append("**\n\n");
        if (meeting.forum().place() != null) {
            md.append("**").append(meeting.forum().place()).append("**\n\n");
        }
        md.append("## Indholdsfortegnelse\n\n");
        if (meeting.slots().isEmpty()) {
            md.append("Der er endnu ingen punkter på dagsordenen.\n");
            return md.toString();
        }
        for (Meeting.Slot s : meeting.slots()) {
            md.append(s.item().position()).append(". ").append(s.item().title()).append(' ').append(slot(s)).append('\n');
        }
        for (Meeting.Slot s : meeting.slots()) {
            AgendaItem item = s.item();
            md.append("\n---\n\n");
            if (item.caseNumber() != null) {
                md.append(item.caseNumber()).append("\n\n");
            }
            md.append("## ").append(item.position()).append(". ").append(item.title()).append(' ').append(slot(s)).append("\n\n");
            if (item.recommendation() != null) {
                md.append("### Det indstilles, at\n\n").append(item.recommendation()).append("\n\n");
            }
            if (item.description() != null) {
                md.append("### Sagsfremstilling\n\n").append(item.description()).append("\n\n");
            }
            if (!item.attachments().isEmpty()) {
                md.append("### Bilag\n\n");
                item.attachments().forEach(a -> md.append("- ").append(a).append('\n'));
                md.append('\n');
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    static String slot(Meeting.Slot s) {
        return "(kl. " + TIME.format(s.start()) + "-" + TIME.format(s.end()) + ")";
    }
}
