package dk.hrassistenten.deploy;

import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.reply.Reply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Wraps the assistant for the chat adapters' tests: counts and keeps what it is asked, and can be made slow. */
final class ObservedHandler implements UnaryOperator<Function<Inbound, Reply>> {

    final AtomicInteger handled = new AtomicInteger();
    final List<Inbound> questions = new CopyOnWriteArrayList<>();
    volatile long delayMillis;

    @Override
    public Function<Inbound, Reply> apply(Function<Inbound, Reply> assistant) {
        return inbound -> {
            handled.incrementAndGet();
            questions.add(inbound);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return assistant.apply(inbound);
        };
    }
}
