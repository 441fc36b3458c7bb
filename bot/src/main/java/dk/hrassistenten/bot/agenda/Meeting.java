package dk.hrassistenten.bot.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A meeting's agenda: its items in order with their time slots, computed from the forum's start time. */
public record Meeting(Forum forum, LocalDate date, List<Slot> slots) {

    /** An item with the time it has on the agenda. */
    public record Slot(AgendaItem item, LocalTime start, LocalTime end) {
    }

    public Meeting {
        slots = List.copyOf(slots);
    }

    public static Meeting of(Forum forum, LocalDate date, List<AgendaItem> items) {
        List<Slot> slots = new ArrayList<>();
        LocalTime t = forum.starts();
        for (AgendaItem item : items) {
            LocalTime end = t.plusMinutes(item.minutes());
            slots.add(new Slot(item, t, end));
            t = end;
        }
        return new Meeting(forum, date, slots);
    }

    public Slot slotOf(long itemId) {
        return slots.stream().filter(s -> s.item().id() == itemId).findFirst().orElse(null);
    }
}
