package dk.hrassistenten.bot;

import dk.hrassistenten.bot.agenda.AgendaDocuments;
import dk.hrassistenten.bot.agenda.Forums;
import dk.hrassistenten.bot.delivery.ChatConversations;
import dk.hrassistenten.bot.delivery.DeliveryLog;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.welcome.Welcome;
import java.util.function.Function;

/**
 * What a chat platform's adapter works with, all from the bot core: how a message, a button press or a form is
 * answered, the agendas as Word documents, the forums and the shared delivery log.
 *
 * @param handler how messages, button presses and forms ({@link Inbound#action()}) are answered; the assistant, or a
 *     wrapper of it in tests
 * @param documents the agendas as Word documents, for channels that deliver the file themselves (Slack)
 * @param conversations the conversations the bot may write to on its own (proposals' notices)
 * @param welcome what the bot says to someone meeting it (Slack's App Home, Teams on installation)
 */
public record ChatParts(Function<Inbound, Reply> handler, AgendaDocuments documents, Forums forums,
                        DeliveryLog deliveries, ChatConversations conversations, Welcome welcome) {
}
