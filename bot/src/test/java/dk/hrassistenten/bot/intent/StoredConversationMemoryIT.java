package dk.hrassistenten.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.AssistantParts;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.TestKnowledge;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.store.Database;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two assistants on one PostgreSQL (127.0.0.1:5432, database test), as two replicas behind a load balancer: a
 * follow-up is understood on the replica it lands on, whichever answered the question before it.
 */
class StoredConversationMemoryIT {

    private static final String DIRECT = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final KnowledgeSnapshot ORG = TestKnowledge.of("org");
    private final String schema = "memory_" + UUID.randomUUID().toString().replace("-", "");
    private Database first;
    private Database second;

    @BeforeEach
    void openTwoPools() throws Exception {
        try (Connection c = DriverManager.getConnection(DIRECT)) {
            c.createStatement().execute("create schema " + schema);
        }
        String url = DIRECT + "&currentSchema=" + schema;
        first = Database.open(url, null);
        second = Database.open(url, null);
    }

    @AfterEach
    void drop() throws Exception {
        first.close();
        second.close();
        try (Connection c = DriverManager.getConnection(DIRECT)) {
            c.createStatement().execute("drop schema " + schema + " cascade");
        }
    }

    private static Assistant replica(Database database, Clock clock) {
        return new Assistant(() -> ORG, new SimpleMeterRegistry(), AssistantParts.none().withMemory(new StoredConversationMemory(database, clock)));
    }

    @Test
    void aFollowUpOnTheOtherReplicaIsReadWithTheQuestionBeforeIt() {
        Clock clock = Clock.systemUTC();
        Assistant a = replica(first, clock);
        Assistant b = replica(second, clock);
        assertThat(a.handle(new Inbound(Channel.API, "u", "Hvem håndterer feriehenlæggelser?", "api:u:tab1", null)).unit().name())
                .isEqualTo("Personaleafdelingen, Løn og Ferie");
        Reply where = b.handle(new Inbound(Channel.API, "u", "og hvor ligger den?", "api:u:tab1", null));
        assertThat(where.kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(where.unit().location()).isEqualTo("Servicecentret");
        assertThat(b.handle(new Inbound(Channel.API, "u", "og hvor ligger den?", "api:u:tab2", null)).kind())
                .as("another conversation has no previous question").isNotEqualTo(ReplyKind.UNIT);
    }

    @Test
    void aTurnIsForgottenAfterTheExpiryAndDeletedWhenTheNextIsWritten() throws Exception {
        Instant asked = Instant.parse("2026-12-02T10:00:00Z");
        StoredConversationMemory then = new StoredConversationMemory(first, Clock.fixed(asked, ZoneOffset.UTC));
        then.remember("slack:C1:1700000000.000100", "Hvem håndterer løn? Ring 12 34 56 78", "Løn");
        StoredConversationMemory soon = new StoredConversationMemory(second, Clock.fixed(asked.plus(Duration.ofMinutes(29)), ZoneOffset.UTC));
        assertThat(soon.last("slack:C1:1700000000.000100").orElseThrow().question()).isEqualTo("Hvem håndterer løn? Ring [telefonnummer]");
        StoredConversationMemory later = new StoredConversationMemory(second,
                Clock.fixed(asked.plus(ConversationMemory.FORGET_AFTER).plusSeconds(1), ZoneOffset.UTC));
        assertThat(later.last("slack:C1:1700000000.000100")).isEmpty();
        later.remember("slack:C2:1700000000.000200", "Hvem håndterer ferie?", null);
        try (Connection c = DriverManager.getConnection(DIRECT + "&currentSchema=" + schema);
             ResultSet rs = c.createStatement().executeQuery("select conversation_key from conversation_turn")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("only a hash of the conversation id is kept").hasSize(64).doesNotContain("C2");
            assertThat(rs.next()).as("the expired turn was deleted").isFalse();
        }
    }

    @Test
    void withTheDatabaseGoneAFollowUpIsReadOnItsOwnAndNothingFails() {
        Assistant a = replica(first, Clock.systemUTC());
        first.close();
        assertThat(a.handle(new Inbound(Channel.API, "u", "Hvem håndterer feriehenlæggelser?", "api:u:tab1", null)).kind()).isEqualTo(ReplyKind.UNIT);
        assertThat(a.handle(new Inbound(Channel.API, "u", "og hvor ligger den?", "api:u:tab1", null)).kind()).isNotEqualTo(ReplyKind.ERROR);
    }
}
