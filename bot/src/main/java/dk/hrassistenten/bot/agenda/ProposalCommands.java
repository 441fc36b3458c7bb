package dk.hrassistenten.bot.agenda;

import dk.hrassistenten.bot.OrganisationTime;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proposal sub-commands of {@link AgendaCommand}: "foreslå" (anyone known to the channel, until the forum's
 * deadline), "forslag" (anyone), "godkend" and "afvis" (the forum's secretaries). Each stored change is audited,
 * idempotent per delivery and undoable like the command's other changes; the people concerned are told through
 * {@link ProposalNotices} once the change is stored (never for a replay).
 */
final class ProposalCommands {

    static final int MAX_REASON = 2000;
    private static final Set<String> MEETING_KEYS = Set.of("forum", "dato", "date");
    private static final Set<String> APPROVE_KEYS = Set.of("id", "position");
    private static final Set<String> REJECT_KEYS = Set.of("id", "begrundelse", "reason");

    private final AgendaCommand items;
    private final AgendaStore store;
    private final Clock clock;
    private final ProposalNotices notices;

    /** @param items the agenda command, whose rules for an item's fields, forums and permissions proposals share */
    ProposalCommands(AgendaCommand items, AgendaStore store, Clock clock, ProposalNotices notices) {
        this.items = items;
        this.store = store;
        this.clock = clock;
        this.notices = notices;
    }

    /** @param conversation where the proposer asks from, so that the outcome is told there; may be null */
    Reply propose(Arguments a, Actor actor, String conversation, Texts texts) {
        AgendaCommand.rejectUnknown(a, AgendaCommand.ITEM_KEYS);
        Forum forum = items.forum(a);
        NewItem item = items.newItem(a, forum);
        AgendaCommand.requireKnown(actor);
        LocalDate lastDay = forum.lastDayToPropose(item.date());
        if (OrganisationTime.today(clock).isAfter(lastDay)) {
            throw new AgendaException("agenda.error.deadline", forum.name(), AgendaMarkdown.LONG_DATE.format(item.date()),
                    AgendaMarkdown.LONG_DATE.format(lastDay), forum.deadlineDays());
        }
        AgendaStore.Change change = store.propose(item, actor, conversation, items::endsByMidnight);
        Proposal proposal = store.proposal(change.item().id())
                .orElseGet(() -> new Proposal(change.item(), Proposal.Status.PROPOSED, actor.channel(), conversation, null));
        if (change.applied()) {
            notices.proposed(proposal, forum);
        }
        String text = change.applied()
                ? texts.get("agenda.proposed", proposal.item().title(), forum.name(), AgendaMarkdown.LONG_DATE.format(item.date()),
                        proposal.item().id())
                : replayed(proposal.item(), forum, texts);
        return new Reply(ReplyKind.AGENDA, text, null, List.of(), AgendaPayload.proposal(proposal, null));
    }

    /** A meeting's proposals; without a forum and a date, the proposals waiting for the asker's decision. */
    Reply list(Arguments a, Actor actor, Texts texts) {
        if (a.isEmpty()) {
            return waiting(actor, texts);
        }
        AgendaCommand.rejectUnknown(a, MEETING_KEYS);
        Forum forum = items.forum(a);
        LocalDate date = items.date(a, false);
        List<Proposal> proposals = store.proposals(forum.name(), date);
        Meeting meeting = Meeting.of(forum, date, store.list(forum.name(), date));
        StringBuilder text = new StringBuilder(texts.get("agenda.proposals.title", forum.name(), AgendaMarkdown.LONG_DATE.format(date)));
        if (proposals.isEmpty()) {
            text.append('\n').append(texts.get("agenda.proposals.empty"));
        }
        for (Proposal p : proposals) {
            text.append('\n').append(ProposalTexts.line(p, texts));
        }
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("forum", forum.name());
        payload.put("date", date.toString());
        payload.put("items", proposals.stream().map(p -> AgendaPayload.proposal(p, meeting.slotOf(p.item().id()))).toList());
        return new Reply(ReplyKind.AGENDA, text.toString(), null, List.of(), payload);
    }

    /**
     * What waits for this person: the undecided proposals for coming meetings of the forums they are a secretary of, so
     * that a secretary whom no chat platform tells (one listed by e-mail, in the web chat) sees them too. The
     * {@code agenda} member is {@code {"items": [...]}}, each proposal with its forum and date.
     */
    private Reply waiting(Actor actor, Texts texts) {
        AgendaCommand.requireKnown(actor);
        List<Proposal> waiting = store.waiting(items.forumsKeptBy(actor).stream().map(Forum::name).toList(), LocalDate.now(clock));
        StringBuilder text = new StringBuilder(texts.get(waiting.isEmpty() ? "agenda.proposals.waiting_none" : "agenda.proposals.waiting"));
        for (Proposal p : waiting) {
            text.append('\n').append(texts.get("agenda.proposals.waiting_line", p.item().id(), p.item().title(), p.item().forum(),
                    AgendaMarkdown.LONG_DATE.format(p.item().date())));
        }
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("items", waiting.stream().map(p -> AgendaPayload.proposal(p, null)).toList());
        return new Reply(ReplyKind.AGENDA, text.toString(), null, List.of(), payload);
    }

    Reply approve(Arguments a, Actor actor, Texts texts) {
        AgendaCommand.rejectUnknown(a, APPROVE_KEYS);
        long id = AgendaCommand.number(a, "id");
        Integer position = a.get("position") == null ? null
                : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, AgendaCommand.number(a, "position")));
        AgendaStore.Change change = store.approve(id, position, actor, f -> AgendaCommand.permit(items.forumNamed(f), actor),
                items::endsByMidnight);
        return decided(change, texts);
    }

    Reply reject(Arguments a, Actor actor, Texts texts) {
        AgendaCommand.rejectUnknown(a, REJECT_KEYS);
        long id = AgendaCommand.number(a, "id");
        String reason = AgendaCommand.text(a, "begrundelse", MAX_REASON, "begrundelse", "reason");
        if (reason == null) {
            throw new AgendaException("agenda.error.reason_missing", id);
        }
        AgendaStore.Change change = store.reject(id, reason, actor, f -> AgendaCommand.permit(items.forumNamed(f), actor));
        return decided(change, texts);
    }

    /** The reply to a decision, and the proposer told of it. */
    private Reply decided(AgendaStore.Change change, Texts texts) {
        AgendaItem item = change.item();
        Forum forum = items.forumNamed(item.forum());
        Proposal proposal = store.proposal(item.id()).orElseThrow(() -> new AgendaException("agenda.error.unknown_proposal", item.id()));
        Meeting meeting = Meeting.of(forum, item.date(), store.list(forum.name(), item.date()));
        Meeting.Slot slot = meeting.slotOf(item.id());
        if (change.applied()) {
            notices.decided(proposal, forum);
        }
        String text = change.applied() ? ProposalTexts.decision(proposal, slot, texts) : replayed(item, forum, texts);
        return new Reply(ReplyKind.AGENDA, text, null, List.of(), AgendaPayload.proposal(proposal, slot));
    }

    private static String replayed(AgendaItem item, Forum forum, Texts texts) {
        return texts.get("agenda.replayed", item.title(), forum.name(), AgendaMarkdown.LONG_DATE.format(item.date()), item.id());
    }
}
