package dk.hrassistenten.bot.agenda;

/**
 * Tells people about proposals outside the conversation that changed them: a forum's secretaries of a new proposal
 * (with actions to approve or reject it), and the proposer of the outcome, where they proposed from. Chat adapters
 * implement it for the people they can reach. Implementations return at once and deliver on threads of their own:
 * the change is stored whatever becomes of a notice. Thread-safe.
 */
public interface ProposalNotices {

    /** A proposal was stored; its forum's secretaries are to be told. */
    void proposed(Proposal proposal, Forum forum);

    /** A proposal was approved or rejected; its proposer is to be told. */
    void decided(Proposal proposal, Forum forum);

    /** Notices that go nowhere: for channels that cannot reach anyone (the CLI, tests). */
    static ProposalNotices none() {
        return new ProposalNotices() {
            @Override
            public void proposed(Proposal proposal, Forum forum) {
            }

            @Override
            public void decided(Proposal proposal, Forum forum) {
            }
        };
    }
}
