package dk.hrassistenten.bot.action;

import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.answer.SourceViews;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.SourceView;
import java.util.Locale;

/** The reply to a press on one of the assistant's buttons, or to a submitted form. Thread-safe. */
public final class ActionReplies {

    private final FeedbackStore feedback;
    private final SourceViews sources;
    private final AgendaCommand agenda;

    /**
     * @param feedback where 👍/👎 are kept, or null when nothing is kept (feedback is then refused honestly)
     * @param agenda the agenda command that takes the agenda form, or null when there is no agenda (the form is then refused)
     */
    public ActionReplies(FeedbackStore feedback, SourceViews sources, AgendaCommand agenda) {
        this.feedback = feedback;
        this.sources = sources;
        this.agenda = agenda;
    }

    /** @param inbound a request that carries an action */
    public Reply reply(Inbound inbound) {
        InboundAction action = inbound.action();
        // The interface is sealed: these are all its kinds (a switch over them needs a newer Java than 17).
        if (action instanceof InboundAction.Feedback f) {
            return feedback(inbound, f);
        }
        if (action instanceof InboundAction.ShowSource s) {
            return source(s);
        }
        if (action instanceof InboundAction.AgendaForm form) {
            return agenda == null ? Reply.error(Texts.DANISH.get("form.no_agenda")) : agenda.submit(form.fields(), inbound, Texts.DANISH);
        }
        throw new IllegalArgumentException("not an action: " + action);
    }

    private Reply feedback(Inbound inbound, InboundAction.Feedback f) {
        boolean stored = feedback != null && feedback.record(inbound.userId(), inbound.channel().name().toLowerCase(Locale.ROOT),
                f.helpful(), f.replyKind(), f.sourcePath(), f.replyId());
        return stored ? Reply.help(Texts.DANISH.get("chat.feedback")) : Reply.error(Texts.DANISH.get("chat.feedback_failed"));
    }

    /**
     * The section: its heading in bold on the first line, then where it is from (date, organisation, file), a blank line
     * and its text, one paragraph a line. The web's source page lays out these parts ({@link #sourceParts}).
     */
    private Reply source(InboundAction.ShowSource s) {
        return sources.find(s.path(), s.section())
                .map(v -> Reply.help("**" + v.title() + (v.section().isEmpty() ? "" : " › " + v.section()) + "**\n" + v.meta() + "\n\n" + v.text()))
                .orElseGet(() -> Reply.notFound(Texts.DANISH.get("chat.source_missing")));
    }

    /**
     * The parts of a {@link InboundAction.ShowSource} reply's text, for a channel that lays them out itself.
     *
     * @return the heading ("Title › Section"), the line saying where it is from, and the text
     */
    public static SourceView sourceParts(Reply reply) {
        String text = reply.text();
        int headingEnd = text.indexOf('\n');
        String heading = (headingEnd < 0 ? text : text.substring(0, headingEnd)).replaceAll("^\\*\\*|\\*\\*$", "");
        String rest = headingEnd < 0 ? "" : text.substring(headingEnd + 1);
        int metaEnd = rest.indexOf("\n\n");
        String meta = metaEnd < 0 ? rest : rest.substring(0, metaEnd);
        String body = metaEnd < 0 ? "" : rest.substring(metaEnd + 2);
        int cut = heading.indexOf(" › ");
        return new SourceView(cut < 0 ? heading : heading.substring(0, cut), cut < 0 ? "" : heading.substring(cut + 3), meta, body);
    }
}
