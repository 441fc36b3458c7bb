package dk.hrassistenten.bot.agenda;

import dk.hrassistenten.bot.store.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agenda store's behaviour, run against each database the product supports (H2 and PostgreSQL):
 * the subclasses only say how to reach the database, through a {@link TcpProxy} that can stop it.
 */
abstract class AgendaStoreContract {

    static final LocalDate MEETING = LocalDate.of(2030, 12, 10);
    static final AgendaStore.Permission ANYONE = forum -> { };
    static final AgendaStore.Schedule ALL_DAY = (forum, date, planned, minutes) -> { };

    TcpProxy proxy;
    Database database;
    AgendaStore store;

    /** Starts or prepares the database and returns the port it listens on. */
    abstract int databasePort() throws Exception;

    /** A JDBC URL of a fresh, empty database reached through the proxy's port. */
    abstract String url(int proxyPort) throws Exception;

    /** Breaks the given connection's session on the server side, as a crash or an administrator would. */
    abstract void kill(Connection connection) throws SQLException;

    @BeforeEach
    void open() throws Exception {
        proxy = new TcpProxy(databasePort());
        database = Database.open(url(proxy.port()), null);
        store = new AgendaStore(database, Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
        proxy.close();
    }

    static NewItem item(String title) {
        return new NewItem("HMU", MEETING, title, null, null, null, 10, List.of());
    }

    static Actor actor(String requestId) {
        return actor("U1", requestId, "add");
    }

    static Actor actor(String user, String requestId, String command) {
        return new Actor(user, "test", RequestKey.of("test", requestId, user, command));
    }

    List<String> titles() {
        return store.list("HMU", MEETING).stream().map(AgendaItem::title).toList();
    }

    @Test
    void addsInOrderAndMovesRemovesAndUndoesWithRenumbering() {
        long a = store.add(item("A"), actor(null), ALL_DAY).item().id();
        long b = store.add(item("B"), actor(null), ALL_DAY).item().id();
        store.add(item("C"), actor(null), ALL_DAY);
        assertThat(titles()).containsExactly("A", "B", "C");

        store.move(a, 3, actor(null), ANYONE);
        assertThat(titles()).containsExactly("B", "C", "A");
        store.remove(b, actor(null), ANYONE);
        assertThat(titles()).containsExactly("C", "A");
        assertThat(store.list("HMU", MEETING)).extracting(AgendaItem::position).containsExactly(1, 2);

        store.undo(actor(null), ANYONE, ALL_DAY); // the removal
        assertThat(titles()).containsExactly("B", "C", "A");
        store.undo(actor(null), ANYONE, ALL_DAY); // the move
        assertThat(titles()).containsExactly("A", "B", "C");
        store.undo(actor(null), ANYONE, ALL_DAY); // adding C
        assertThat(titles()).containsExactly("A", "B");
        assertThatThrownBy(() -> store.move(a, 5, actor(null), ANYONE)).isInstanceOf(AgendaException.class);
        assertThatThrownBy(() -> store.remove(999_999, actor(null), ANYONE))
                .isInstanceOfSatisfying(AgendaException.class, e -> assertThat(e.key()).isEqualTo("agenda.error.unknown_id"));
    }

    @Test
    void aProposalIsOffTheAgendaUntilApprovedAndThenTakesThePositionAsked() {
        store.add(item("A"), actor(null), ALL_DAY);
        store.add(item("B"), actor(null), ALL_DAY);
        AgendaStore.Change proposed = store.propose(item("P"), new Actor("U9", "slack", null), "C1:1700000000.000100", ALL_DAY);
        long p = proposed.item().id();
        assertThat(proposed.item().position()).isZero();
        assertThat(titles()).containsExactly("A", "B");
        assertThat(store.proposals("HMU", MEETING)).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(Proposal.Status.PROPOSED);
            assertThat(x.originChannel()).isEqualTo("slack");
            assertThat(x.originConversation()).isEqualTo("C1:1700000000.000100");
            assertThat(x.item().createdBy()).isEqualTo("U9");
        });
        assertThatThrownBy(() -> store.move(p, 1, actor(null), ANYONE))
                .isInstanceOfSatisfying(AgendaException.class, e -> assertThat(e.key()).isEqualTo("agenda.error.unknown_id"));
        assertThatThrownBy(() -> store.approve(p, 4, actor(null), ANYONE, ALL_DAY))
                .isInstanceOfSatisfying(AgendaException.class, e -> assertThat(e.key()).isEqualTo("agenda.error.approve_position"));

        AgendaStore.Change approved = store.approve(p, 2, new Actor("SEK", "teams", null), ANYONE, ALL_DAY);

        assertThat(approved.item().position()).isEqualTo(2);
        assertThat(titles()).containsExactly("A", "P", "B");
        assertThat(store.proposal(p)).get().extracting(Proposal::status).isEqualTo(Proposal.Status.APPROVED);
        assertThatThrownBy(() -> store.reject(p, "for sent", actor(null), ANYONE))
                .isInstanceOfSatisfying(AgendaException.class, e -> assertThat(e.key()).isEqualTo("agenda.error.unknown_proposal"));
    }

    @Test
    void aRejectionKeepsItsReasonAndOnlyTheForumsPermissionDecides() {
        long p = store.propose(item("P"), new Actor("U9", "web", null), null, ALL_DAY).item().id();
        AgendaStore.Permission nobody = forum -> {
            throw new AgendaException("agenda.error.permission", forum);
        };
        assertThatThrownBy(() -> store.reject(p, "nej", new Actor("U9", "web", null), nobody)).isInstanceOf(AgendaException.class);
        assertThatThrownBy(() -> store.approve(p, null, new Actor("U9", "web", null), nobody, ALL_DAY)).isInstanceOf(AgendaException.class);
        assertThat(store.proposal(p)).get().extracting(Proposal::status).isEqualTo(Proposal.Status.PROPOSED);

        store.reject(p, "Hører under LMU", new Actor("SEK", "slack", null), ANYONE);

        assertThat(store.proposal(p)).get().satisfies(x -> {
            assertThat(x.status()).isEqualTo(Proposal.Status.REJECTED);
            assertThat(x.reason()).isEqualTo("Hører under LMU");
        });
        assertThat(titles()).isEmpty();
    }

    @Test
    void proposalsAndDecisionsAreAuditedReplayedOnceAndUndoable() throws Exception {
        Actor proposer = actor("U9", "r1", "foreslå titel=P");
        AgendaStore.Change first = store.propose(item("P"), proposer, "C1", ALL_DAY);
        AgendaStore.Change again = store.propose(item("P"), actor("U9", "r1", "foreslå  titel=P "), "C1", ALL_DAY);
        assertThat(first.applied()).isTrue();
        assertThat(again.applied()).isFalse();
        assertThat(again.item().id()).isEqualTo(first.item().id());
        assertThat(store.proposals("HMU", MEETING)).hasSize(1);
        long p = first.item().id();

        Actor secretary = actor("SEK", "r2", "godkend id=" + p);
        store.approve(p, null, secretary, ANYONE, ALL_DAY);
        assertThat(store.approve(p, null, actor("SEK", "r2", "godkend id=" + p), ANYONE, ALL_DAY).applied()).isFalse();
        assertThat(titles()).containsExactly("P");
        assertThatThrownBy(() -> store.undo(new Actor("U9", "test", null), ANYONE, ALL_DAY))
                .as("a decided proposal is no longer its proposer's to withdraw")
                .isInstanceOfSatisfying(AgendaException.class, e -> assertThat(e.key()).isEqualTo("agenda.error.proposal_decided"));

        assertThat(store.undo(new Actor("SEK", "test", null), ANYONE, ALL_DAY).action()).isEqualTo("undo:approve");
        assertThat(titles()).isEmpty();
        assertThat(store.proposal(p)).get().extracting(Proposal::status).isEqualTo(Proposal.Status.PROPOSED);
        store.reject(p, "nej", new Actor("SEK", "test", null), ANYONE);
        assertThat(store.undo(new Actor("SEK", "test", null), ANYONE, ALL_DAY).action()).isEqualTo("undo:reject");
        assertThat(store.proposal(p)).get().satisfies(x -> assertThat(x.reason()).isNull());

        AgendaStore.Permission nobody = forum -> {
            throw new AgendaException("agenda.error.permission", forum);
        };
        assertThat(store.undo(new Actor("U9", "test", null), nobody, ALL_DAY).action()).as("one's own proposal needs no permission")
                .isEqualTo("undo:propose");
        assertThat(store.proposals("HMU", MEETING)).isEmpty();
        try (Connection c = database.connection(); ResultSet rs = c.createStatement()
                .executeQuery("select action, actor from agenda_change where item_id = " + p + " order by id")) {
            List<String> actions = new ArrayList<>();
            while (rs.next()) {
                actions.add(rs.getString(1) + ":" + rs.getString(2));
            }
            assertThat(actions).containsExactly("propose:U9", "approve:SEK", "undo:SEK", "reject:SEK", "undo:SEK", "undo:U9");
        }
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenAndChannel() throws Exception {
        long id = store.add(item("A"), new Actor("U7", "slack", null), ALL_DAY).item().id();
        store.remove(id, new Actor("U8", "teams", null), ANYONE);
        try (Connection c = database.connection(); ResultSet rs = c.createStatement()
                .executeQuery("select action, actor, channel, changed_at from agenda_change where item_id = " + id + " order by id")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3))).containsExactly("add", "U7", "slack");
            assertThat(rs.getObject(4)).isNotNull();
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3))).containsExactly("remove", "U8", "teams");
        }
    }

    @Test
    void fiftyConcurrentAddsToOneMeetingGetFiftyDistinctPositions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AgendaStore.Change>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            Callable<AgendaStore.Change> add = () -> {
                start.await();
                return store.add(item("Punkt " + n), actor(null), ALL_DAY);
            };
            futures.add(pool.submit(add));
        }
        start.countDown();
        for (Future<AgendaStore.Change> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<AgendaItem> items = store.list("HMU", MEETING);
        assertThat(items).hasSize(50);
        assertThat(items).extracting(AgendaItem::position).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void concurrentAddsCannotTogetherOverfillAMeeting() throws Exception {
        AgendaStore.Schedule fiftyMinutes = (forum, date, planned, minutes) -> {
            if (planned + minutes > 50) {
                throw new AgendaException("agenda.error.past_midnight");
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return store.add(item("Punkt " + n), actor(null), fiftyMinutes);
                } catch (AgendaException refused) {
                    return null;
                }
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(titles()).as("five items of ten minutes fit in fifty").hasSize(5);
    }

    @Test
    void aReplayedRequestAddsOneItem() throws Exception {
        AgendaStore.Change first = store.add(item("A"), actor("slack:Ev1"), ALL_DAY);
        AgendaStore.Change again = store.add(item("A"), actor("slack:Ev1"), ALL_DAY);
        assertThat(first.applied()).isTrue();
        assertThat(again.applied()).isFalse();
        assertThat(again.item().id()).isEqualTo(first.item().id());

        // The same delivery arriving at two replicas at once.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<AgendaStore.Change>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            futures.add(pool.submit(() -> store.add(item("B"), actor("slack:Ev2"), ALL_DAY)));
        }
        long applied = 0;
        for (Future<AgendaStore.Change> f : futures) {
            applied += f.get(30, TimeUnit.SECONDS).applied() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(applied).isEqualTo(1);
        assertThat(titles()).containsExactly("A", "B");
    }

    @Test
    void aReusedRequestIdWithAnotherCommandOrUserIsANewRequest() {
        AgendaStore.Change first = store.add(item("A"), actor("U1", "r1", "tilføj titel=A"), ALL_DAY);
        AgendaStore.Change otherCommand = store.add(item("B"), actor("U1", "r1", "tilføj titel=B"), ALL_DAY);
        AgendaStore.Change otherUser = store.add(item("A"), actor("U2", "r1", "tilføj titel=A"), ALL_DAY);
        AgendaStore.Change replay = store.add(item("A"), actor("U1", "r1", "tilføj   titel=A "), ALL_DAY);
        assertThat(List.of(first.applied(), otherCommand.applied(), otherUser.applied(), replay.applied())).containsExactly(true, true, true, false);
        assertThat(replay.item().id()).isEqualTo(first.item().id());
        assertThat(titles()).containsExactly("A", "B", "A");
    }

    @Test
    void aDatabaseOfAnEarlierSchemaIsMigratedKeepingItsChanges() throws Exception {
        String url = url(proxy.port());
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/hr").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("insert into meeting (forum, meeting_date, created_at) values ('HMU', date '2030-12-10', current_timestamp)");
            st.execute("insert into agenda_item (forum, meeting_date, position, title, minutes, created_by, created_channel, created_at) "
                    + "values ('HMU', date '2030-12-10', 1, 'A', 10, 'U1', 'cli', current_timestamp)");
            st.execute("insert into agenda_change (item_id, action, actor, channel, changed_at, undone, request_key) "
                    + "select id, 'add', 'U1', 'cli', current_timestamp, false, 'cli:cli-1' from agenda_item");
            st.execute("insert into agenda_change (item_id, action, actor, channel, changed_at, old_position, new_position, undone) "
                    + "select id, 'move', 'slettet-bruger', 'cli', current_timestamp, 1, 1, false from agenda_item");
            st.execute("insert into unanswered (question, channel, asked_at) values ('mit cpr er 010190-1234', 'cli', current_timestamp)");
        }
        assertThatThrownBy(() -> store.undo(new Actor("slettet-bruger", "cli", null), ANYONE, ALL_DAY))
                .as("a deleted person's changes keep no author anyone can act as")
                .isInstanceOfSatisfying(AgendaException.class, e -> assertThat(e.key()).isEqualTo("agenda.error.nothing_to_undo"));
        try (Connection c = database.connection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from unanswered")) {
            rs.next();
            assertThat(rs.getInt(1)).as("questions kept in clear and tied to no one are gone").isZero();
        }
        AgendaStore.Change next = store.add(item("B"), new Actor("U1", "cli", RequestKey.of("cli", "cli-1", "U1", "tilføj titel=B")), ALL_DAY);
        assertThat(next.applied()).isTrue();
        assertThat(titles()).containsExactly("A", "B");
        store.undo(actor(null), ANYONE, ALL_DAY);
        assertThat(titles()).as("the earlier change is undoable still").containsExactly("A");
    }

    @Test
    void aConnectionKilledMidTransactionLeavesNoPartialItem() {
        store.add(item("A"), actor(null), ALL_DAY);
        store.beforeCommit(this::kill);
        assertThatThrownBy(() -> store.add(item("B"), actor("x:1"), ALL_DAY)).isInstanceOf(StoreUnavailableException.class);
        store.beforeCommit(c -> { });
        assertThat(titles()).containsExactly("A");
        assertThat(store.add(item("C"), actor("x:1"), ALL_DAY).applied()).as("the failed request left no trace").isTrue();
        assertThat(titles()).containsExactly("A", "C");
    }

    @Test
    void theDatabaseStoppingMidRunGivesAClearErrorAndLosesNoConfirmedItem() throws Exception {
        store.add(item("A"), actor(null), ALL_DAY);
        store.add(item("B"), actor(null), ALL_DAY);
        proxy.stop();
        long start = System.nanoTime();
        assertThatThrownBy(() -> store.add(item("C"), actor(null), ALL_DAY)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.list("HMU", MEETING)).isInstanceOf(StoreUnavailableException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).as("a dead database answers within seconds").isLessThan(20_000);
        proxy.start();
        assertThat(titlesOnceTheDatabaseIsBack()).containsExactly("A", "B");
    }

    @Test
    void aRequestRightAfterARestartGetsALiveConnectionNotOneTheRestartCut() throws Exception {
        store.add(item("A"), actor(null), ALL_DAY);
        // Within half a second of the connection's last use (the window in which Hikari itself checks nothing).
        proxy.cutConnections();
        assertThat(titles()).containsExactly("A");
    }

    /** The pool reconnects with a back-off after an outage; it must be back within seconds. */
    private List<String> titlesOnceTheDatabaseIsBack() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                return titles();
            } catch (StoreUnavailableException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
