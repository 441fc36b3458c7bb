package dk.hrassistenten.bot.agenda;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes notices on to every chat adapter that joined. It exists because the adapters are built after the agenda
 * command they serve: the command gets the relay at start, and each adapter joins once it is built. One adapter's
 * failure does not keep the others from being told. Thread-safe.
 */
public final class ProposalRelay implements ProposalNotices {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalRelay.class);
    private final List<ProposalNotices> targets = new CopyOnWriteArrayList<>();

    public void join(ProposalNotices target) {
        targets.add(target);
    }

    @Override
    public void proposed(Proposal proposal, Forum forum) {
        for (ProposalNotices target : targets) {
            try {
                target.proposed(proposal, forum);
            } catch (RuntimeException e) {
                LOG.error("telling secretaries of proposal {} failed ({})", proposal.item().id(), e.getClass().getName(), e);
            }
        }
    }

    @Override
    public void decided(Proposal proposal, Forum forum) {
        for (ProposalNotices target : targets) {
            try {
                target.decided(proposal, forum);
            } catch (RuntimeException e) {
                LOG.error("telling the proposer of proposal {} failed ({})", proposal.item().id(), e.getClass().getName(), e);
            }
        }
    }
}
