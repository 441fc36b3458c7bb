package dk.hrassistenten.bot.agenda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code agenda} member of replies, as contract.md spells it. */
final class AgendaPayload {

    /**
     * The author shown for an item whose author was deleted ({@code privacy delete}). Only shown: the store
     * keeps no author then, so this is no one's id and matches no one.
     */
    static final String DELETED_AUTHOR = "slettet-bruger";

    private AgendaPayload() {
    }

    static Map<String, Object> item(Meeting.Slot slot) {
        AgendaItem i = slot.item();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("forum", i.forum());
        m.put("date", i.date().toString());
        m.put("position", i.position());
        m.put("title", i.title());
        m.put("recommendation", i.recommendation());
        m.put("description", i.description());
        m.put("case_number", i.caseNumber());
        m.put("minutes", i.minutes());
        m.put("start", slot.start() == null ? null : slot.start().toString());
        m.put("end", slot.end() == null ? null : slot.end().toString());
        m.put("attachments", i.attachments());
        m.put("created_by", i.createdBy() == null ? DELETED_AUTHOR : i.createdBy());
        m.put("created_at", i.createdAt() == null ? null : i.createdAt().toString());
        return m;
    }

    /**
     * A proposed item: the item's members, and its {@code status} ("proposed", "approved", "rejected") and the
     * {@code reason} of a rejection (else null). Its position and time slot are null until it is on the agenda.
     *
     * @param slot its place on the agenda, or null when it is not on it
     */
    static Map<String, Object> proposal(Proposal proposal, Meeting.Slot slot) {
        Map<String, Object> m = item(slot != null ? slot : new Meeting.Slot(proposal.item(), null, null));
        if (slot == null) {
            m.put("position", null);
        }
        m.put("status", proposal.status().wireName());
        m.put("reason", proposal.reason());
        return m;
    }

    static Map<String, Object> meeting(Meeting meeting) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("forum", meeting.forum().name());
        m.put("date", meeting.date().toString());
        List<Map<String, Object>> items = meeting.slots().stream().map(AgendaPayload::item).toList();
        m.put("items", items);
        return m;
    }
}
