package dk.hrassistenten.bot.agenda;

import dk.hrassistenten.bot.Texts;

/**
 * What people are told about proposals, in every channel alike: the secretaries' notice of a new one, the
 * proposer's of the outcome, and a proposal's line in the list. Plain text; each channel's renderer escapes it.
 */
public final class ProposalTexts {

    private ProposalTexts() {
    }

    /** The secretaries' notice of a new proposal: what, for which meeting, and its fields. */
    public static String request(Proposal proposal, Forum forum, Texts texts) {
        AgendaItem item = proposal.item();
        StringBuilder text = new StringBuilder(texts.get("agenda.proposal.request", forum.name(), AgendaMarkdown.LONG_DATE.format(item.date()),
                item.title(), item.id(), item.minutes()));
        if (item.recommendation() != null) {
            text.append('\n').append(texts.get("agenda.proposal.recommendation", item.recommendation()));
        }
        if (item.description() != null) {
            text.append('\n').append(texts.get("agenda.proposal.description", item.description()));
        }
        if (!item.attachments().isEmpty()) {
            text.append('\n').append(texts.get("agenda.proposal.attachments", String.join(", ", item.attachments())));
        }
        return text.toString();
    }

    /** The proposer's notice of the outcome. */
    public static String outcome(Proposal proposal, Forum forum, Texts texts) {
        AgendaItem item = proposal.item();
        String date = AgendaMarkdown.LONG_DATE.format(item.date());
        return proposal.status() == Proposal.Status.APPROVED
                ? texts.get("agenda.proposal.approved_notice", item.title(), forum.name(), date, item.position())
                : texts.get("agenda.proposal.rejected_notice", item.title(), forum.name(), date, proposal.reason());
    }

    /** What the secretary who decided is told. */
    static String decision(Proposal proposal, Meeting.Slot slot, Texts texts) {
        AgendaItem item = proposal.item();
        String date = AgendaMarkdown.LONG_DATE.format(item.date());
        return proposal.status() == Proposal.Status.APPROVED
                ? texts.get("agenda.approved", item.position(), item.forum(), date, slot == null ? "" : AgendaMarkdown.slot(slot),
                        item.title(), item.id())
                : texts.get("agenda.rejected", item.title(), item.forum(), date, item.id(), proposal.reason());
    }

    /** A proposal's line in the list of a meeting's proposals. */
    static String line(Proposal proposal, Texts texts) {
        AgendaItem item = proposal.item();
        return switch (proposal.status()) {
            case PROPOSED -> texts.get("agenda.proposals.proposed", item.id(), item.title());
            case APPROVED -> texts.get("agenda.proposals.approved", item.id(), item.title(), item.position());
            case REJECTED -> texts.get("agenda.proposals.rejected", item.id(), item.title(), proposal.reason());
        };
    }
}
