package dk.hrassistenten.bot;

import dk.hrassistenten.bot.access.Audiences;
import dk.hrassistenten.bot.answer.UnitContacts;
import dk.hrassistenten.bot.command.Command;
import dk.hrassistenten.bot.feedback.FeedbackStore;
import dk.hrassistenten.bot.insight.QuestionCounter;
import dk.hrassistenten.bot.intent.ConversationMemory;
import dk.hrassistenten.bot.llm.LlmAnswerer;
import dk.hrassistenten.bot.privacy.PrivacyStore;
import java.util.List;
import java.util.Objects;

/**
 * The optional parts an {@link Assistant} is wired with at start.
 *
 * @param extraCommands commands beyond the built-in ones (the agenda's, which needs a database)
 * @param llm the model for written answers, or null for extractive answers only
 * @param privacy first contacts and unanswered questions, or null to keep nothing about people
 * @param feedback where 👍/👎 on replies are kept, or null to keep none (feedback is then refused)
 * @param questions where questions are counted per day and channel, or null to count none
 * @param memory the conversations' last turns, for follow-ups; null for a memory in this process alone
 */
public record AssistantParts(List<Command> extraCommands, UnitContacts contacts, LlmAnswerer llm, PrivacyStore privacy, Audiences audiences,
                             FeedbackStore feedback, QuestionCounter questions, ConversationMemory memory) {
    public AssistantParts {
        extraCommands = List.copyOf(extraCommands);
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(audiences, "audiences");
    }

    public static AssistantParts none() {
        return new AssistantParts(List.of(), UnitContacts.none(), null, null, Audiences.none(), null, null, null);
    }

    public AssistantParts withCommands(List<Command> commands) {
        return new AssistantParts(commands, contacts, llm, privacy, audiences, feedback, questions, memory);
    }

    public AssistantParts withContacts(UnitContacts c) {
        return new AssistantParts(extraCommands, c, llm, privacy, audiences, feedback, questions, memory);
    }

    public AssistantParts withLlm(LlmAnswerer l) {
        return new AssistantParts(extraCommands, contacts, l, privacy, audiences, feedback, questions, memory);
    }

    public AssistantParts withPrivacy(PrivacyStore p) {
        return new AssistantParts(extraCommands, contacts, llm, p, audiences, feedback, questions, memory);
    }

    public AssistantParts withAudiences(Audiences a) {
        return new AssistantParts(extraCommands, contacts, llm, privacy, a, feedback, questions, memory);
    }

    public AssistantParts withFeedback(FeedbackStore f) {
        return new AssistantParts(extraCommands, contacts, llm, privacy, audiences, f, questions, memory);
    }

    public AssistantParts withMemory(ConversationMemory m) {
        return new AssistantParts(extraCommands, contacts, llm, privacy, audiences, feedback, questions, m);
    }

    public AssistantParts withQuestionCounter(QuestionCounter q) {
        return new AssistantParts(extraCommands, contacts, llm, privacy, audiences, feedback, q, memory);
    }
}
