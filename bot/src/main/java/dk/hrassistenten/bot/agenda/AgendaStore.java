package dk.hrassistenten.bot.agenda;

import dk.hrassistenten.bot.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;

/**
 * Agenda items in the database. Every change is one transaction that locks its meeting's row (so
 * concurrent changes to one meeting get distinct positions), writes an audit row (who, when, which
 * channel), and is idempotent per {@link RequestKey} (a retried delivery returns the first result and changes
 * nothing). A failure rolls everything back and is reported as {@link StoreUnavailableException}: a
 * change is either stored whole or not at all. Thread-safe.
 */
public final class AgendaStore {

    private static final String ITEM_COLUMNS = "id, forum, meeting_date, position, title, recommendation, description, case_number, "
            + "minutes, attachments, created_by, created_at";
    private static final String PROPOSAL_COLUMNS = ITEM_COLUMNS + ", status, created_channel, origin_conversation, decision_reason";
    private static final String UNIQUE_VIOLATION = "23505";
    /** An item that is on its meeting's agenda: not removed, and not a proposal waiting for or refused a decision. */
    private static final String ON_AGENDA = "removed_at is null and status = 'approved'";

    private final Database database;
    private final Clock clock;
    private volatile BeforeCommit beforeCommit = c -> { };

    /** Runs after a change's writes and before its commit; tests use it to break the connection there. */
    @FunctionalInterface
    interface BeforeCommit {
        void run(Connection connection) throws SQLException;
    }

    public AgendaStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    void beforeCommit(BeforeCommit hook) {
        this.beforeCommit = hook;
    }

    /** The outcome of a change: the item as it is now, and whether this call made the change (false for a replay). */
    public record Change(String action, AgendaItem item, boolean applied) {
    }

    public Change add(NewItem item, Actor actor, Schedule schedule) {
        ensureMeeting(item.forum(), item.date());
        return inTransaction(actor, c -> {
            lockMeeting(c, item.forum(), item.date());
            schedule.check(item.forum(), item.date(), plannedMinutes(c, item.forum(), item.date()), item.minutes());
            int position = activeCount(c, item.forum(), item.date()) + 1;
            long id = insert(c, item, position, Proposal.Status.APPROVED, null, actor);
            audit(c, id, "add", actor, null, position, null);
            return new Change("add", find(c, id).orElseThrow(), true);
        });
    }

    public Change move(long id, int newPosition, Actor actor, Permission permission) {
        return inTransaction(actor, c -> {
            AgendaItem item = lockedItem(c, id, permission);
            int count = activeCount(c, item.forum(), item.date());
            if (newPosition < 1 || newPosition > count) {
                throw new AgendaException("agenda.error.position", newPosition, item.forum(), item.date().toString(), count);
            }
            reposition(c, item, newPosition);
            audit(c, id, "move", actor, item.position(), newPosition, null);
            return new Change("move", find(c, id).orElseThrow(), true);
        });
    }

    public Change remove(long id, Actor actor, Permission permission) {
        return inTransaction(actor, c -> {
            AgendaItem item = lockedItem(c, id, permission);
            setRemoved(c, id, now());
            shift(c, item.forum(), item.date(), item.position() + 1, Integer.MAX_VALUE, -1);
            audit(c, id, "remove", actor, item.position(), null, null);
            return new Change("remove", item, true);
        });
    }

    /**
     * Stores a proposal: not on the agenda until a secretary approves it. It must fit the meeting as it is now (it
     * is checked again when approved).
     *
     * @param originConversation where the proposer asked from, to tell them the outcome there; may be null
     */
    public Change propose(NewItem item, Actor actor, String originConversation, Schedule schedule) {
        ensureMeeting(item.forum(), item.date());
        return inTransaction(actor, c -> {
            lockMeeting(c, item.forum(), item.date());
            schedule.check(item.forum(), item.date(), plannedMinutes(c, item.forum(), item.date()), item.minutes());
            long id = insert(c, item, 0, Proposal.Status.PROPOSED, originConversation, actor);
            audit(c, id, "propose", actor, null, null, null);
            return new Change("propose", findAny(c, id).orElseThrow(), true);
        });
    }

    /**
     * Puts a proposal on the agenda, last or at {@code position} (the items from there on move down one).
     *
     * @param position 1 to one past the last item, or null for last
     */
    public Change approve(long id, Integer position, Actor actor, Permission permission, Schedule schedule) {
        return inTransaction(actor, c -> {
            AgendaItem item = lockedProposal(c, id, permission);
            schedule.check(item.forum(), item.date(), plannedMinutes(c, item.forum(), item.date()), item.minutes());
            int count = activeCount(c, item.forum(), item.date());
            int at = position == null ? count + 1 : position;
            if (at < 1 || at > count + 1) {
                throw new AgendaException("agenda.error.approve_position", at, item.forum(), item.date().toString(), count, count + 1);
            }
            shift(c, item.forum(), item.date(), at, Integer.MAX_VALUE, 1);
            execute(c, "update agenda_item set status = ?, position = ?, decided_by = ?, decided_at = ? where id = ?",
                    Proposal.Status.APPROVED.wireName(), at, actor.user(), now(), id);
            audit(c, id, "approve", actor, null, at, null);
            return new Change("approve", find(c, id).orElseThrow(), true);
        });
    }

    /** Refuses a proposal, with the reason its proposer is told. */
    public Change reject(long id, String reason, Actor actor, Permission permission) {
        return inTransaction(actor, c -> {
            lockedProposal(c, id, permission);
            execute(c, "update agenda_item set status = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ?",
                    Proposal.Status.REJECTED.wireName(), actor.user(), now(), reason, id);
            audit(c, id, "reject", actor, null, null, null);
            return new Change("reject", findAny(c, id).orElseThrow(), true);
        });
    }

    /** A meeting's proposals, waiting or decided, in the order they came; proposals taken back are not among them. */
    public List<Proposal> proposals(String forum, LocalDate date) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + PROPOSAL_COLUMNS + " from agenda_item where forum = ? and meeting_date = ? "
                    + "and removed_at is null and (status <> 'approved' or decided_at is not null) order by id")) {
                ps.setString(1, forum);
                ps.setObject(2, date);
                List<Proposal> proposals = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        proposals.add(proposal(rs));
                    }
                }
                return proposals;
            }
        });
    }

    /**
     * The proposals still waiting for a decision in these forums, for meetings on {@code from} or later: soonest meeting
     * first, then in the order they came.
     */
    public List<Proposal> waiting(java.util.Collection<String> forums, LocalDate from) {
        if (forums.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(forums.size(), "?"));
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + PROPOSAL_COLUMNS + " from agenda_item where status = 'proposed' "
                    + "and removed_at is null and meeting_date >= ? and forum in (" + placeholders + ") order by meeting_date, id")) {
                ps.setObject(1, from);
                int at = 2;
                for (String forum : forums) {
                    ps.setString(at++, forum);
                }
                List<Proposal> proposals = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        proposals.add(proposal(rs));
                    }
                }
                return proposals;
            }
        });
    }

    /** The proposal with this id, whatever became of it; empty for an item that was never proposed, or was taken back. */
    public Optional<Proposal> proposal(long id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + PROPOSAL_COLUMNS + " from agenda_item where id = ? "
                    + "and removed_at is null and (status <> 'approved' or decided_at is not null)")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(proposal(rs)) : Optional.<Proposal>empty();
                }
            }
        });
    }

    /** Reverses the actor's latest change that is not yet undone; putting a removed item back must fit the schedule. */
    public Change undo(Actor actor, Permission permission, Schedule schedule) {
        return inTransaction(actor, c -> {
            long[] last = latestChange(c, actor.user());
            if (last == null) {
                throw new AgendaException("agenda.error.nothing_to_undo");
            }
            long changeId = last[0];
            long itemId = last[1];
            AgendaItem item = findAny(c, itemId).orElseThrow();
            lockMeeting(c, item.forum(), item.date());
            String action;
            Integer oldPosition;
            Integer newPosition;
            try (PreparedStatement ps = c.prepareStatement("select action, old_position from agenda_change where id = ?")) {
                ps.setLong(1, changeId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    action = rs.getString(1);
                    oldPosition = (Integer) rs.getObject(2);
                }
            }
            // Anyone may take back their own proposal; every other change is the forum's secretaries' to undo.
            if (!action.equals("propose")) {
                permission.check(item.forum());
            }
            switch (action) {
                case "add" -> {
                    AgendaItem current = find(c, itemId).orElseThrow();
                    setRemoved(c, itemId, now());
                    shift(c, current.forum(), current.date(), current.position() + 1, Integer.MAX_VALUE, -1);
                    oldPosition = current.position();
                    newPosition = null;
                }
                case "remove" -> {
                    schedule.check(item.forum(), item.date(), plannedMinutes(c, item.forum(), item.date()), item.minutes());
                    int count = activeCount(c, item.forum(), item.date());
                    int back = Math.min(oldPosition, count + 1);
                    shift(c, item.forum(), item.date(), back, Integer.MAX_VALUE, 1);
                    setRemoved(c, itemId, null);
                    setPosition(c, itemId, back);
                    newPosition = back;
                    oldPosition = null;
                }
                case "move" -> {
                    AgendaItem current = find(c, itemId).orElseThrow();
                    int back = Math.min(oldPosition, activeCount(c, item.forum(), item.date()));
                    reposition(c, current, back);
                    oldPosition = current.position();
                    newPosition = back;
                }
                case "propose" -> {
                    requireStatus(c, itemId, Proposal.Status.PROPOSED, "agenda.error.proposal_decided");
                    setRemoved(c, itemId, now());
                    newPosition = null;
                }
                case "approve" -> {
                    AgendaItem current = find(c, itemId).orElseThrow(() -> new AgendaException("agenda.error.unknown_id", String.valueOf(itemId)));
                    shift(c, current.forum(), current.date(), current.position() + 1, Integer.MAX_VALUE, -1);
                    undecide(c, itemId);
                    oldPosition = current.position();
                    newPosition = null;
                }
                case "reject" -> {
                    requireStatus(c, itemId, Proposal.Status.REJECTED, "agenda.error.unknown_id");
                    undecide(c, itemId);
                    newPosition = null;
                }
                default -> throw new IllegalStateException("cannot undo " + action);
            }
            execute(c, "update agenda_change set undone = ? where id = ?", true, changeId);
            audit(c, itemId, "undo", actor, oldPosition, newPosition, changeId);
            return new Change("undo:" + action, findAny(c, itemId).orElseThrow(), true);
        });
    }

    /** The meeting's items in order. */
    public List<AgendaItem> list(String forum, LocalDate date) {
        try (Connection c = database.connection()) {
            try (PreparedStatement ps = c.prepareStatement("select " + ITEM_COLUMNS
                    + " from agenda_item where forum = ? and meeting_date = ? and " + ON_AGENDA + " order by position")) {
                ps.setString(1, forum);
                ps.setObject(2, date);
                List<AgendaItem> items = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(item(rs));
                    }
                }
                database.commit(c);
                return items;
            } catch (SQLException e) {
                database.discardIfBroken(c);
                throw e;
            }
        } catch (SQLException | FlywayException e) {
            throw new StoreUnavailableException("agenda database unavailable", e);
        }
    }

    /** Checks that the actor may change a forum's agenda; throws {@link AgendaException} when not. */
    @FunctionalInterface
    public interface Permission {
        void check(String forum);
    }

    /**
     * Checks that an item of {@code itemMinutes} still fits after the {@code plannedMinutes} a meeting's items
     * already take; throws {@link AgendaException} when not. Called with the meeting locked, so concurrent
     * additions cannot each fit on their own and overflow together.
     */
    @FunctionalInterface
    public interface Schedule {
        void check(String forum, LocalDate date, int plannedMinutes, int itemMinutes);
    }

    private interface Work {
        Change run(Connection c) throws SQLException;
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    /** A read in a transaction of its own. */
    private <T> T read(Query<T> query) {
        try (Connection c = database.connection()) {
            try {
                T result = query.run(c);
                database.commit(c);
                return result;
            } catch (SQLException e) {
                database.discardIfBroken(c);
                throw e;
            }
        } catch (SQLException | FlywayException e) {
            throw new StoreUnavailableException("agenda database unavailable", e);
        }
    }

    private Change inTransaction(Actor actor, Work work) {
        try (Connection c = database.connection()) {
            try {
                Optional<Change> replay = replayed(c, actor);
                if (replay.isPresent()) {
                    c.rollback();
                    return replay.get();
                }
                Change change = work.run(c);
                beforeCommit.run(c);
                database.commit(c);
                return change;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                if (e instanceof SQLException) {
                    database.discardIfBroken(c);
                }
                if (e instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()) && actor.request() != null) {
                    // The same delivery was processed concurrently (another replica); report its result.
                    return replayed(c, actor).orElseThrow(() -> new StoreUnavailableException("agenda change failed", e));
                }
                throw e;
            }
        } catch (SQLException | FlywayException e) {
            throw new StoreUnavailableException("agenda database unavailable", e);
        }
    }

    private Optional<Change> replayed(Connection c, Actor actor) throws SQLException {
        if (actor.request() == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("select item_id, action from agenda_change where request_key = ? and request_fingerprint = ?")) {
            ps.setString(1, actor.request().id());
            ps.setString(2, actor.request().fingerprint());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Change(rs.getString(2), findAny(c, rs.getLong(1)).orElseThrow(), false));
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the database discards the transaction
        }
    }

    /**
     * Creates the meeting row if it does not exist, in a transaction of its own before the change's (never
     * nested: a thread holds one pooled connection at a time). A concurrent creator's row is as good as ours.
     */
    private void ensureMeeting(String forum, LocalDate date) {
        try (Connection c = database.connection()) {
            try {
                if (!meetingExists(c, forum, date)) {
                    try (PreparedStatement ps = c.prepareStatement("insert into meeting (forum, meeting_date, created_at) values (?,?,?)")) {
                        ps.setString(1, forum);
                        ps.setObject(2, date);
                        ps.setObject(3, now());
                        ps.executeUpdate();
                    }
                }
                database.commit(c);
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException | FlywayException e) {
            throw new StoreUnavailableException("agenda database unavailable", e);
        }
    }

    /** Locks the meeting's row until the transaction ends: changes to one meeting happen one at a time. */
    private static void lockMeeting(Connection c, String forum, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select forum from meeting where forum = ? and meeting_date = ? for update")) {
            ps.setString(1, forum);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("meeting row missing for " + forum + " " + date);
                }
            }
        }
    }

    private static boolean meetingExists(Connection c, String forum, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from meeting where forum = ? and meeting_date = ?")) {
            ps.setString(1, forum);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private AgendaItem lockedItem(Connection c, long id, Permission permission) throws SQLException {
        AgendaItem item = find(c, id).orElseThrow(() -> new AgendaException("agenda.error.unknown_id", String.valueOf(id)));
        permission.check(item.forum());
        lockMeeting(c, item.forum(), item.date());
        return find(c, id).orElseThrow(() -> new AgendaException("agenda.error.unknown_id", String.valueOf(id)));
    }

    private long insert(Connection c, NewItem item, int position, Proposal.Status status, String originConversation, Actor actor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into agenda_item (forum, meeting_date, position, title, recommendation, "
                + "description, case_number, minutes, attachments, created_by, created_channel, created_at, status, origin_conversation) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", new String[] {"id"})) {
            ps.setString(1, item.forum());
            ps.setObject(2, item.date());
            ps.setInt(3, position);
            ps.setString(4, item.title());
            ps.setString(5, item.recommendation());
            ps.setString(6, item.description());
            ps.setString(7, item.caseNumber());
            ps.setInt(8, item.minutes());
            ps.setString(9, item.attachments().isEmpty() ? null : String.join("\n", item.attachments()));
            ps.setString(10, actor.user());
            ps.setString(11, actor.channel());
            ps.setObject(12, now());
            ps.setString(13, status.wireName());
            ps.setString(14, originConversation);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A proposal still waiting for a decision, its meeting locked, after the actor's permission for its forum is checked. */
    private AgendaItem lockedProposal(Connection c, long id, Permission permission) throws SQLException {
        AgendaItem item = waiting(c, id).orElseThrow(() -> new AgendaException("agenda.error.unknown_proposal", String.valueOf(id)));
        permission.check(item.forum());
        lockMeeting(c, item.forum(), item.date());
        return waiting(c, id).orElseThrow(() -> new AgendaException("agenda.error.unknown_proposal", String.valueOf(id)));
    }

    private static Optional<AgendaItem> waiting(Connection c, long id) throws SQLException {
        return query(c, "select " + ITEM_COLUMNS + " from agenda_item where id = ? and removed_at is null and status = 'proposed'", id);
    }

    private static void requireStatus(Connection c, long id, Proposal.Status status, String errorKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select status from agenda_item where id = ? and removed_at is null")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !status.wireName().equals(rs.getString(1))) {
                    throw new AgendaException(errorKey, String.valueOf(id));
                }
            }
        }
    }

    /** A decided proposal back to waiting, off the agenda. */
    private static void undecide(Connection c, long id) throws SQLException {
        execute(c, "update agenda_item set status = ?, position = 0, decided_by = null, decided_at = null, decision_reason = null where id = ?",
                Proposal.Status.PROPOSED.wireName(), id);
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        return new Proposal(item(rs), Proposal.Status.of(rs.getString("status")), rs.getString("created_channel"),
                rs.getString("origin_conversation"), rs.getString("decision_reason"));
    }

    private static void reposition(Connection c, AgendaItem item, int newPosition) throws SQLException {
        int old = item.position();
        if (newPosition < old) {
            shift(c, item.forum(), item.date(), newPosition, old - 1, 1);
        } else if (newPosition > old) {
            shift(c, item.forum(), item.date(), old + 1, newPosition, -1);
        }
        setPosition(c, item.id(), newPosition);
    }

    private static void shift(Connection c, String forum, LocalDate date, int from, int to, int by) throws SQLException {
        execute(c, "update agenda_item set position = position + ? where forum = ? and meeting_date = ? and " + ON_AGENDA + " "
                + "and position >= ? and position <= ?", by, forum, date, from, to);
    }

    private static void setPosition(Connection c, long id, int position) throws SQLException {
        execute(c, "update agenda_item set position = ? where id = ?", position, id);
    }

    private static void setRemoved(Connection c, long id, OffsetDateTime at) throws SQLException {
        execute(c, "update agenda_item set removed_at = ? where id = ?", at, id);
    }

    /** One statement within the caller's transaction. */
    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
        }
    }

    private static int activeCount(Connection c, String forum, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from agenda_item where forum = ? and meeting_date = ? and " + ON_AGENDA)) {
            ps.setString(1, forum);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int plannedMinutes(Connection c, String forum, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(sum(minutes), 0) from agenda_item where forum = ? and meeting_date = ? "
                + "and " + ON_AGENDA)) {
            ps.setString(1, forum);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The actor's latest change not yet undone: {change id, item id}, or null. */
    private static long[] latestChange(Connection c, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, item_id from agenda_change where actor = ? and undone = ? "
                + "and action in ('add', 'move', 'remove', 'propose', 'approve', 'reject') order by id desc fetch first 1 rows only")) {
            ps.setString(1, actor);
            ps.setBoolean(2, false);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
            }
        }
    }

    private void audit(Connection c, long itemId, String action, Actor actor, Integer oldPosition, Integer newPosition, Long undoes)
            throws SQLException {
        execute(c, "insert into agenda_change (item_id, action, actor, channel, changed_at, old_position, new_position, undoes, undone, "
                + "request_key, request_fingerprint) values (?,?,?,?,?,?,?,?,?,?,?)", itemId, action, actor.user(), actor.channel(), now(),
                oldPosition, newPosition, undoes, false, actor.request() == null ? null : actor.request().id(),
                actor.request() == null ? null : actor.request().fingerprint());
    }

    private static Optional<AgendaItem> find(Connection c, long id) throws SQLException {
        return query(c, "select " + ITEM_COLUMNS + " from agenda_item where id = ? and " + ON_AGENDA, id);
    }

    private static Optional<AgendaItem> findAny(Connection c, long id) throws SQLException {
        return query(c, "select " + ITEM_COLUMNS + " from agenda_item where id = ?", id);
    }

    private static Optional<AgendaItem> query(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(item(rs)) : Optional.empty();
            }
        }
    }

    private static AgendaItem item(ResultSet rs) throws SQLException {
        String attachments = rs.getString("attachments");
        return new AgendaItem(rs.getLong("id"), rs.getString("forum"), rs.getObject("meeting_date", LocalDate.class), rs.getInt("position"),
                rs.getString("title"), rs.getString("recommendation"), rs.getString("description"), rs.getString("case_number"),
                rs.getInt("minutes"), attachments == null ? List.of() : Arrays.asList(attachments.split("\n")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
