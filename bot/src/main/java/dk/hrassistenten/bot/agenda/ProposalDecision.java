package dk.hrassistenten.bot.agenda;

/**
 * A secretary's press on a proposal's Approve or Reject button, as the command it stands for: the press then goes
 * through the assistant like a typed command, with the same checks (who may decide), audit, idempotency and reply.
 *
 * @param id the proposal's id, as the button carries it
 * @param reason what the secretary typed beside the buttons; may be blank (a rejection then asks for one)
 */
public record ProposalDecision(long id, boolean approve, String reason) {

    /** The decision a button's value names, or null for a value that is no proposal id (a forged or garbled one). */
    public static ProposalDecision of(String id, boolean approve, String reason) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return null;
        }
        return new ProposalDecision(Long.parseLong(id), approve, reason == null ? "" : reason);
    }

    /** The command: "/dagsorden godkend id=7", or "/dagsorden afvis id=7 begrundelse=\"…\"" (quotes in the reason made single). */
    public String command() {
        if (approve) {
            return "/dagsorden godkend id=" + id;
        }
        String quoted = reason.replaceAll("[\"“”„«»]", "'").replaceAll("\\s+", " ").strip();
        return "/dagsorden afvis id=" + id + (quoted.isEmpty() ? "" : " begrundelse=\"" + quoted + "\"");
    }
}
