package dk.hrassistenten.bot.action;

import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.answer.SourceViews;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.reply.Reply;
import java.util.Locale;

/** The reply to a press on one of the assistant's buttons. Thread-safe. */
public final class ActionReplies {

    private final FeedbackStore feedback;
    private final SourceViews sources;

    /** @param feedback where 👍/👎 are kept, or null when nothing is kept (feedback is then refused honestly) */
    public ActionReplies(FeedbackStore feedback, SourceViews sources) {
        this.feedback = feedback;
        this.sources = sources;
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
        throw new IllegalArgumentException("not an action: " + action);
    }

    private Reply feedback(Inbound inbound, InboundAction.Feedback f) {
        boolean stored = feedback != null && feedback.record(inbound.userId(), inbound.channel().name().toLowerCase(Locale.ROOT),
                f.helpful(), f.replyKind(), f.sourcePath());
        return stored ? Reply.help(Texts.DANISH.get("chat.feedback")) : Reply.error(Texts.DANISH.get("chat.feedback_failed"));
    }

    private Reply source(InboundAction.ShowSource s) {
        return sources.find(s.path(), s.section())
                .map(v -> Reply.help("**" + v.title() + (v.section().isEmpty() ? "" : " › " + v.section()) + "**\n" + v.text()))
                .orElseGet(() -> Reply.notFound(Texts.DANISH.get("chat.source_missing")));
    }
}
