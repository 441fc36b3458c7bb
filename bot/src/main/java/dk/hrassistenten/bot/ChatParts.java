package dk.hrassistenten.bot;

import dk.hrassistenten.bot.agenda.AgendaCommand;
import dk.hrassistenten.bot.agenda.AgendaDocuments;
import dk.hrassistenten.bot.agenda.Forums;
import dk.hrassistenten.bot.delivery.ChatConversations;
import dk.hrassistenten.bot.delivery.DeliveryLog;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.SourceView;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a chat platform's adapter works with, all from the bot core: how a message is answered, the whole
 * text of a source, the agenda form, the agendas as Word documents, the forums, the shared delivery log and feedback.
 *
 * @param handler how messages are answered; the assistant, or a wrapper of it in tests
 * @param sources a source's text by path and section
 * @param documents the agendas as Word documents, for channels that deliver the file themselves (Slack)
 * @param conversations the conversations the bot may write to on its own (proposals' notices)
 */
public record ChatParts(Function<Inbound, Reply> handler, BiFunction<String, String, Optional<SourceView>> sources,
                        AgendaCommand agenda, AgendaDocuments documents, Forums forums, DeliveryLog deliveries, FeedbackStore feedback,
                        ChatConversations conversations) {
}
