package dk.hrassistenten.bot.agenda;

import dk.hrassistenten.bot.OrganisationTime;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.command.Command;
import dk.hrassistenten.bot.command.CommandContext;
import dk.hrassistenten.bot.command.CommandSpec;
import dk.hrassistenten.bot.command.HelpCommand;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.knowledge.document.DanishDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "/dagsorden" (and "/agenda"): add, list, move, remove and export the items of a committee meeting,
 * propose items and decide on proposals ({@link ProposalCommands}), and undo one's own last change. Input is
 * validated before anything is stored; only a forum's secretaries may change its agenda.
 */
public final class AgendaCommand implements Command {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaCommand.class);

    private static final CommandSpec SPEC = new CommandSpec("dagsorden", List.of("agenda"),
            "Tilføj, vis, flyt, fjern og eksportér punkter på et udvalgs dagsorden, foreslå punkter og godkend eller afvis forslag, "
                    + "og fortryd din seneste ændring. "
                    + "Felter: forum, dato, titel, indstilling, sagsfremstilling, sagsnr, minutter, bilag, id, position, begrundelse. "
                    + "Eksport med format=docx giver dagsordenen som Word-dokument. En Slack- eller Teams-besked gøres til et punkt "
                    + "med beskedhandlingen \"Gør til dagsordenspunkt\".",
            "dagsorden tilføj|vis|flyt|fjern|eksport|foreslå|forslag|godkend|afvis|fortryd …",
            List.of("dagsorden tilføj forum=\"HMU Eksempel\" dato=2030-12-10 titel=\"Orientering om vikarer\" indstilling=\"HMU tager orienteringen til efterretning\" minutter=15",
                    "dagsorden vis forum=\"HMU Eksempel\" dato=10.12.2030",
                    "dagsorden flyt id=7 position=2",
                    "dagsorden fjern id=7",
                    "dagsorden eksport forum=\"HMU Eksempel\" dato=\"10. december 2030\"",
                    "dagsorden foreslå forum=\"HMU Eksempel\" dato=2030-12-10 titel=\"Trivselsmåling 2030\" indstilling=\"HMU drøfter resultaterne\"",
                    "dagsorden forslag forum=\"HMU Eksempel\" dato=2030-12-10",
                    "dagsorden godkend id=8 position=2",
                    "dagsorden afvis id=9 begrundelse=\"Hører under LMU\"",
                    "dagsorden eksport forum=\"HMU Eksempel\" dato=2030-12-10 format=docx",
                    "dagsorden fortryd",
                    "agenda add forum=\"HMU Eksempel\" date=2030-12-10 title=\"Staffing update\" case=1-13-3-65-23 attachment=\"Notat.pdf\""),
            CommandSpec.Arguments.SUBCOMMAND, List.of("tilføj", "tilfoej", "add", "vis", "list", "show", "eksport", "eksportér", "export",
                    "flyt", "move", "fjern", "slet", "remove", "delete", "fortryd", "undo", "hjælp", "help",
                    "foreslå", "foreslaa", "propose", "forslag", "proposals", "godkend", "approve", "afvis", "reject"));

    static final int MAX_TITLE = 200;
    static final int MAX_RECOMMENDATION = 2000;
    static final int MAX_DESCRIPTION = 8000;
    static final int MAX_ATTACHMENT = 300;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_MINUTES = 480;
    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final Pattern CASE_NUMBER = Pattern.compile("[0-9A-Za-z]{1,10}([-./][0-9A-Za-z]{1,10}){1,6}");
    static final Set<String> ITEM_KEYS = Set.of("forum", "dato", "date", "titel", "title", "indstilling", "recommendation",
            "sagsfremstilling", "description", "sagsnr", "case", "minutter", "minutes", "bilag", "attachment");
    private static final Set<String> MEETING_KEYS = Set.of("forum", "dato", "date");
    private static final Set<String> EXPORT_KEYS = Set.of("forum", "dato", "date", "format");
    private static final Set<String> ID_KEYS = Set.of("id", "position");

    private final Forums forums;
    private final AgendaStore store;
    private final Clock clock;
    private final ProposalCommands proposals;

    /** An agenda command whose proposals reach no one outside the conversation (the CLI, tests). */
    public AgendaCommand(Forums forums, AgendaStore store, Clock clock) {
        this(forums, store, clock, ProposalNotices.none());
    }

    /** @param notices how secretaries hear of proposals, and proposers of decisions */
    public AgendaCommand(Forums forums, AgendaStore store, Clock clock, ProposalNotices notices) {
        this.forums = forums;
        this.store = store;
        this.clock = clock;
        this.proposals = new ProposalCommands(this, store, clock, notices);
    }

    /** A message that would change an agenda ("/dagsorden tilføj …", "agenda move …"), for channels that must first look up who asks. */
    private static final java.util.regex.Pattern CHANGE = java.util.regex.Pattern.compile(
            "(?iu)^\\s*/?(dagsorden|agenda)\\s+(tilføj|tilfoej|add|flyt|move|fjern|slet|remove|delete|fortryd|undo"
                    + "|foreslå|foreslaa|propose|godkend|approve|afvis|reject)(?![\\p{L}\\p{N}])");

    public static boolean changesAnAgenda(String text) {
        return CHANGE.matcher(text).find();
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public boolean needsKnowledge() {
        return false;
    }

    @Override
    public Reply execute(CommandContext context, String arguments) {
        Texts texts = context.texts();
        String rest = arguments.strip();
        int space = rest.indexOf(' ');
        String verb = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
        String args = space < 0 ? "" : rest.substring(space + 1);
        Actor actor = actorOf(context.inbound(), context.inbound().text());
        return execute(actor, texts, () -> switch (verb) {
            case "tilføj", "tilfoej", "add" -> add(Arguments.parse(args), actor, texts);
            case "vis", "list", "show" -> list(Arguments.parse(args), texts, false);
            case "eksport", "eksportér", "export" -> list(Arguments.parse(args), texts, true);
            case "flyt", "move" -> move(Arguments.parse(args), actor, texts);
            case "fjern", "slet", "remove", "delete" -> remove(Arguments.parse(args), actor, texts);
            case "fortryd", "undo" -> undo(actor, texts);
            case "foreslå", "foreslaa", "propose" -> proposals.propose(Arguments.parse(args), actor, context.inbound().conversationId(), texts);
            case "forslag", "proposals" -> proposals.list(Arguments.parse(args), actor, texts);
            case "godkend", "approve" -> proposals.approve(Arguments.parse(args), actor, texts);
            case "afvis", "reject" -> proposals.reject(Arguments.parse(args), actor, texts);
            case "", "hjælp", "help" -> Reply.help(HelpCommand.full(SPEC, texts));
            default -> error(texts, "agenda.error.verb", verb);
        });
    }

    /** @param command what the person asked for: the message, or the command a form's fields make */
    private static Actor actorOf(dk.hrassistenten.bot.Inbound inbound, String command) {
        String channel = inbound.channel().name().toLowerCase(Locale.ROOT);
        return new Actor(inbound.userId(), channel, RequestKey.of(channel, inbound.requestId(), inbound.userId(), command), inbound.email());
    }

    /** Runs an action, turning input errors and an unreachable database into replies that say so. */
    private static Reply execute(Actor actor, Texts texts, java.util.function.Supplier<Reply> action) {
        try {
            return action.get();
        } catch (AgendaException e) {
            return Reply.error(texts.get(e.key(), e.args()));
        } catch (StoreUnavailableException e) {
            LOG.error("agenda store unavailable ({})", e.getCause() == null ? e.getMessage() : e.getCause().getClass().getName());
            return Reply.error(texts.get("agenda.error.unavailable"));
        }
    }

    /** The fields of an agenda item form (Slack's modal, Teams' card), by the Danish field names. */
    public static final List<String> FORM_FIELDS = List.of("forum", "dato", "titel", "indstilling", "sagsfremstilling", "sagsnr", "minutter", "bilag");

    /** The member of an error reply's {@code agenda} that names a form's mistakes by field. */
    static final String FIELD_ERRORS = "field_errors";

    /**
     * Adds an item from a form's fields, checking every field on its own so each error can be shown beside
     * its field. The same rules as the command apply; nothing is stored while any field is wrong.
     *
     * @param fields values by {@link #FORM_FIELDS} name; absent or blank means not given
     * @return the stored item's reply; or, for a form with mistakes, an error reply listing them whose {@link #fieldErrors}
     *     names them by field; or an error reply without field errors (the database is down, say)
     */
    public Reply submit(Map<String, String> fields, dk.hrassistenten.bot.Inbound inbound, Texts texts) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        StringBuilder command = new StringBuilder("tilføj");
        for (String field : FORM_FIELDS) {
            String value = fields.get(field);
            if (value != null && !value.isBlank()) {
                command.append(' ').append(field).append("=\"").append(value.replace("\"", "'")).append('"');
            }
        }
        Arguments a = Arguments.parse(command.substring("tilføj".length()));
        Actor actor = actorOf(inbound, command.toString());
        check(errors, "forum", texts, () -> permit(forum(a), actor));
        check(errors, "dato", texts, () -> date(a, true));
        check(errors, "titel", texts, () -> {
            if (text(a, "titel", MAX_TITLE, "titel") == null) {
                throw new AgendaException("agenda.error.title_missing");
            }
        });
        check(errors, "indstilling", texts, () -> text(a, "indstilling", MAX_RECOMMENDATION, "indstilling"));
        check(errors, "sagsfremstilling", texts, () -> text(a, "sagsfremstilling", MAX_DESCRIPTION, "sagsfremstilling"));
        check(errors, "sagsnr", texts, () -> caseNumber(a));
        check(errors, "minutter", texts, () -> minutes(a, forums.all().get(0)));
        check(errors, "bilag", texts, () -> attachments(a));
        if (!errors.isEmpty()) {
            return new Reply(ReplyKind.ERROR, String.join("\n", errors.values()), null, List.of(),
                    Map.of(FIELD_ERRORS, java.util.Collections.unmodifiableMap(errors)));
        }
        return execute(actor, texts, () -> add(a, actor, texts));
    }

    /**
     * A form's mistakes by field name, as {@link #submit} answered them; empty for any other reply (a stored item, or
     * an error that is no field's, such as an unreachable database).
     */
    public static Map<String, String> fieldErrors(Reply reply) {
        if (reply.kind() != ReplyKind.ERROR || reply.agenda() == null || !(reply.agenda().get(FIELD_ERRORS) instanceof Map<?, ?> errors)) {
            return Map.of();
        }
        Map<String, String> byField = new java.util.LinkedHashMap<>();
        errors.forEach((field, error) -> byField.put(String.valueOf(field), String.valueOf(error)));
        return byField;
    }

    private static void check(Map<String, String> errors, String field, Texts texts, Runnable validation) {
        try {
            validation.run();
        } catch (AgendaException e) {
            errors.put(field, texts.get(e.key(), e.args()));
        }
    }

    private Reply add(Arguments a, Actor actor, Texts texts) {
        rejectUnknown(a, ITEM_KEYS);
        Forum forum = forum(a);
        NewItem item = newItem(a, forum);
        permit(forum, actor);
        AgendaStore.Change change = store.add(item, actor, this::endsByMidnight);
        return itemReply(change, forum, texts, "agenda.added");
    }

    /** An item's fields, each checked; the forum is read and the unknown keys refused before. */
    NewItem newItem(Arguments a, Forum forum) {
        LocalDate date = date(a, true);
        String title = text(a, "titel", MAX_TITLE, "titel", "title");
        if (title == null) {
            throw new AgendaException("agenda.error.title_missing");
        }
        String recommendation = text(a, "indstilling", MAX_RECOMMENDATION, "indstilling", "recommendation");
        String description = text(a, "sagsfremstilling", MAX_DESCRIPTION, "sagsfremstilling", "description");
        String caseNumber = caseNumber(a);
        int minutes = minutes(a, forum);
        List<String> attachments = attachments(a);
        return new NewItem(forum.name(), date, title, recommendation, description, caseNumber, minutes, attachments);
    }

    private Reply list(Arguments a, Texts texts, boolean export) {
        rejectUnknown(a, export ? EXPORT_KEYS : MEETING_KEYS);
        boolean docx = export && docx(a);
        Forum forum = forum(a);
        LocalDate date = date(a, false);
        Meeting meeting = Meeting.of(forum, date, store.list(forum.name(), date));
        Map<String, Object> payload = AgendaPayload.meeting(meeting);
        if (docx) {
            payload.put("download", AgendaDocuments.path(forum, date));
            return new Reply(ReplyKind.AGENDA, texts.get("agenda.export.docx", forum.name(), AgendaMarkdown.LONG_DATE.format(date),
                    meeting.slots().size()), null, List.of(), payload);
        }
        if (export) {
            return new Reply(ReplyKind.AGENDA, AgendaMarkdown.render(meeting), null, List.of(), payload);
        }
        StringBuilder text = new StringBuilder(texts.get("agenda.list.title", forum.name(), AgendaMarkdown.LONG_DATE.format(date)));
        if (meeting.slots().isEmpty()) {
            text.append('\n').append(texts.get("agenda.list.empty"));
        }
        for (Meeting.Slot s : meeting.slots()) {
            text.append('\n').append(s.item().position()).append(". ").append(s.item().title()).append(' ').append(AgendaMarkdown.slot(s))
                    .append(" · id ").append(s.item().id());
        }
        return new Reply(ReplyKind.AGENDA, text.toString(), null, List.of(), payload);
    }

    /** Whether an export asks for Word ({@code format=docx}) rather than the Markdown document. */
    private static boolean docx(Arguments a) {
        String format = a.get("format");
        if (format == null || format.equalsIgnoreCase("markdown") || format.equalsIgnoreCase("md")) {
            return false;
        }
        if (format.equalsIgnoreCase("docx") || format.equalsIgnoreCase("word")) {
            return true;
        }
        throw new AgendaException("agenda.error.format", format);
    }

    private Reply move(Arguments a, Actor actor, Texts texts) {
        rejectUnknown(a, ID_KEYS);
        long id = number(a, "id");
        int position = (int) number(a, "position");
        AgendaStore.Change change = store.move(id, position, actor, f -> permit(forumNamed(f), actor));
        return itemReply(change, forumNamed(change.item().forum()), texts, "agenda.moved");
    }

    private Reply remove(Arguments a, Actor actor, Texts texts) {
        rejectUnknown(a, Set.of("id"));
        long id = number(a, "id");
        AgendaStore.Change change = store.remove(id, actor, f -> permit(forumNamed(f), actor));
        AgendaItem removed = change.item();
        Forum forum = forumNamed(removed.forum());
        Meeting.Slot slot = new Meeting.Slot(removed, null, null);
        String text = texts.get(change.applied() ? "agenda.removed" : "agenda.replayed", removed.title(), forum.name(),
                AgendaMarkdown.LONG_DATE.format(removed.date()), removed.id());
        return new Reply(ReplyKind.AGENDA, text, null, List.of(), AgendaPayload.item(slot));
    }

    private Reply undo(Actor actor, Texts texts) {
        requireKnown(actor);
        AgendaStore.Change change = store.undo(actor, f -> permit(forumNamed(f), actor), this::endsByMidnight);
        AgendaItem item = change.item();
        Forum forum = forumNamed(item.forum());
        Meeting meeting = Meeting.of(forum, item.date(), store.list(forum.name(), item.date()));
        Meeting.Slot slot = meeting.slotOf(item.id());
        String what = texts.get("agenda.undo." + change.action().replace("undo:", ""));
        String text = texts.get("agenda.undone", what, item.title(), forum.name(), AgendaMarkdown.LONG_DATE.format(item.date()));
        return new Reply(ReplyKind.AGENDA, text, null, List.of(), AgendaPayload.item(slot != null ? slot : new Meeting.Slot(item, null, null)));
    }

    private Reply itemReply(AgendaStore.Change change, Forum forum, Texts texts, String key) {
        AgendaItem item = change.item();
        Meeting meeting = Meeting.of(forum, item.date(), store.list(forum.name(), item.date()));
        Meeting.Slot slot = meeting.slotOf(item.id());
        if (slot == null) {
            slot = new Meeting.Slot(item, null, null);
        }
        String text = change.applied()
                ? texts.get(key, slot.item().position(), forum.name(), AgendaMarkdown.LONG_DATE.format(item.date()),
                        slot.start() == null ? "" : AgendaMarkdown.slot(slot), item.title(), item.id())
                : texts.get("agenda.replayed", item.title(), forum.name(), AgendaMarkdown.LONG_DATE.format(item.date()), item.id());
        return new Reply(ReplyKind.AGENDA, text, null, List.of(), AgendaPayload.item(slot));
    }

    Forum forum(Arguments a) {
        String name = a.get("forum");
        if (name == null || name.isBlank()) {
            throw new AgendaException("agenda.error.forum_missing", names());
        }
        return forums.find(name).orElseThrow(() -> new AgendaException("agenda.error.forum_unknown", name,
                String.join(", ", forums.closest(name, 3))));
    }

    /** The forums whose agenda this person keeps, by their user id or the e-mail address the channel gave. */
    List<Forum> forumsKeptBy(Actor actor) {
        return forums.all().stream().filter(f -> f.isSecretary(actor.user()) || (actor.email() != null && f.isSecretary(actor.email()))).toList();
    }

    Forum forumNamed(String name) {
        return forums.find(name).orElseThrow(() -> new AgendaException("agenda.error.forum_gone", name));
    }

    private String names() {
        return String.join(", ", forums.all().stream().map(Forum::name).toList());
    }

    LocalDate date(Arguments a, boolean future) {
        String value = a.get("dato", "date");
        if (value == null || value.isBlank()) {
            throw new AgendaException("agenda.error.date_missing");
        }
        LocalDate date = DanishDates.parseWhole(value).orElseThrow(() -> new AgendaException("agenda.error.date", value));
        if (future && date.isBefore(OrganisationTime.today(clock))) {
            throw new AgendaException("agenda.error.date_past", value);
        }
        return date;
    }

    private static String caseNumber(Arguments a) {
        String caseNumber = a.get("sagsnr", "case");
        if (caseNumber != null && (caseNumber.isBlank() || !CASE_NUMBER.matcher(caseNumber.strip()).matches())) {
            throw new AgendaException("agenda.error.case_number", caseNumber);
        }
        return caseNumber == null ? null : caseNumber.strip();
    }

    private static List<String> attachments(Arguments a) {
        List<String> attachments = a.all("bilag", "attachment").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split("[;\\n]"))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new AgendaException("agenda.error.attachments", MAX_ATTACHMENTS);
        }
        for (String attachment : attachments) {
            if (attachment.length() > MAX_ATTACHMENT) {
                throw new AgendaException("agenda.error.too_long", "bilag", MAX_ATTACHMENT);
            }
        }
        return attachments;
    }

    static String text(Arguments a, String field, int max, String... keys) {
        String value = a.get(keys);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new AgendaException("agenda.error.too_long", field, max);
        }
        return value.strip();
    }

    private static int minutes(Arguments a, Forum forum) {
        String value = a.get("minutter", "minutes");
        if (value == null) {
            return forum.defaultMinutes();
        }
        try {
            int m = Integer.parseInt(value.strip());
            if (m >= 1 && m <= MAX_MINUTES) {
                return m;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AgendaException("agenda.error.minutes", value, MAX_MINUTES);
    }

    static long number(Arguments a, String key) {
        String value = a.get(key);
        if (value == null) {
            throw new AgendaException("agenda.error.missing", key);
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new AgendaException("agenda.error.number", key, value);
        }
    }

    static void rejectUnknown(Arguments a, Set<String> known) {
        List<String> unknown = a.unknown(known);
        if (!unknown.isEmpty()) {
            throw new AgendaException("agenda.error.unknown_keys", String.join(", ", unknown), String.join(", ", new java.util.TreeSet<>(known)));
        }
    }

    /**
     * A meeting is one day: an item that would end after midnight is refused, rather than given a time slot
     * that wraps to the morning of the same date ("kl. 00.00-00.10").
     */
    void endsByMidnight(String forumName, LocalDate date, int plannedMinutes, int itemMinutes) {
        Forum forum = forumNamed(forumName);
        int left = MINUTES_PER_DAY - forum.starts().getHour() * 60 - forum.starts().getMinute() - plannedMinutes;
        if (itemMinutes > left) {
            throw new AgendaException("agenda.error.past_midnight", itemMinutes, forum.name(), AgendaMarkdown.LONG_DATE.format(date),
                    AgendaMarkdown.TIME.format(forum.starts()), Math.max(0, left));
        }
    }

    static void permit(Forum forum, Actor actor) {
        // Before the secretaries: a forum open to anyone ("*") is still not open to someone no one vouches for.
        requireKnown(actor);
        if (!forum.isSecretary(actor.user()) && (actor.email() == null || !forum.isSecretary(actor.email()))) {
            throw new AgendaException("agenda.error.permission", forum.name());
        }
    }

    /** Changes need someone the channel vouches for; an anonymous person is told how to sign in. */
    static void requireKnown(Actor actor) {
        if (actor.anonymous()) {
            throw new AgendaException("agenda.error.sign_in");
        }
    }

    private static Reply error(Texts texts, String key, Object... args) {
        return Reply.error(texts.get(key, args));
    }
}
