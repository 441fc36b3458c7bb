package dk.hrassistenten.adapters.slack;

/** The ids of the app's buttons, shortcuts and modals (they must match the app manifest in deploy/). */
final class ActionIds {

    static final String FEEDBACK_UP = "feedback_up";
    static final String FEEDBACK_DOWN = "feedback_down";
    static final String SHOW_SOURCE = "show_source";
    static final String NEW_AGENDA_ITEM_SHORTCUT = "new_agenda_item";
    /** The message shortcut "Gør til dagsordenspunkt": the agenda modal with the message as sagsfremstilling. */
    static final String AGENDA_ITEM_FROM_MESSAGE_SHORTCUT = "make_agenda_item";
    static final String AGENDA_MODAL = "agenda_item_modal";
    /** A proposal's buttons in a secretary's direct message; their value is the proposal's id. */
    static final String PROPOSAL_APPROVE = "proposal_approve";
    static final String PROPOSAL_REJECT = "proposal_reject";
    /** The block of the reason a secretary types beside a proposal's buttons (its input's action id is {@link #VALUE}). */
    static final String PROPOSAL_REASON = "proposal_reason";
    /** Every input of the modal uses this action id; the block id names the field. */
    static final String VALUE = "value";
    /** Separates the parts of a button's value. */
    static final char SEPARATOR = '\u001F';

    private ActionIds() {
    }
}
