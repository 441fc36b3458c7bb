package dk.hrassistenten.bot.intent;

import dk.hrassistenten.bot.command.CommandRegistry;
import dk.hrassistenten.bot.command.CommandSpec;
import dk.hrassistenten.bot.intent.Intent.Kind;
import dk.hrassistenten.bot.intent.Intent.Language;
import dk.hrassistenten.bot.intent.Intent.SmallTalk;
import dk.hrassistenten.bot.intent.Intent.UnitAspect;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.analysis.EnglishStopWords;
import dk.hrassistenten.knowledge.cache.BoundedCache;
import dk.hrassistenten.knowledge.document.MetadataExtractor;
import dk.hrassistenten.knowledge.query.PhraseTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place a message is read: it becomes a typed {@link Intent} (command, who-handles, role holder, unit
 * question, follow-up, personal data, small talk or a question for the documents) with its language. The cue
 * words are data, one file per language ({@code cues-da.tsv}, {@code cues-en.tsv}, described in their
 * headers); this class only knows the shapes of a message: a frame at the start ("hvem håndterer" + topic),
 * a frame at the end ("…, hvem skal jeg gå til?"), a cue anywhere ("placeret"), the whole message
 * ("tak!"). Immutable and thread-safe.
 */
public final class QueryUnderstanding {

    /** A follow-up is short: a longer message says what it means on its own. */
    private static final int MAX_FOLLOW_UP_WORDS = 8;
    /** "Hvem i HR-afdelingen håndterer …": words between a who-question's subject and its verb. */
    private static final int MAX_QUALIFIER_WORDS = 3;
    /** "Hvad er min løn?", "Hvornår er min næste lønsamtale?": what may follow "min" in a question for own data. */
    private static final int MAX_OWN_DATA_WORDS = 2;
    /** "Tak for svaret", "hej med jer": words after a greeting or thanks that still leave it small talk. */
    private static final int MAX_SMALL_TALK_TAIL = 3;

    private static final Set<String> SMALL_TALK = Set.of("GREETING", "THANKS", "BYE");
    private static final Set<String> SMALL_TALK_OR_FILLER = Set.of("GREETING", "THANKS", "BYE", "SMALL_TALK_FILLER");
    private static final Map<String, UnitAspect> UNIT_CUES = Map.of("UNIT_LEADER", UnitAspect.LEADER, "UNIT_LOCATION", UnitAspect.LOCATION,
            "UNIT_TASKS", UnitAspect.TASKS, "UNIT_REPORTING", UnitAspect.REPORTING, "UNIT_ABOUT", UnitAspect.ABOUT);
    private static final List<String> UNIT_CUE_ORDER = List.of("UNIT_LEADER", "UNIT_LOCATION", "UNIT_TASKS", "UNIT_REPORTING", "UNIT_ABOUT");
    private static final Set<String> WHO_VERBS = Set.of("WHO_VERB");
    private static final Set<String> WHICH_VERBS = Set.of("WHO_VERB", "WHICH_VERB");

    private static final PhraseTable DANISH = PhraseTable.load(QueryUnderstanding.class, "cues-da.tsv");
    private static final PhraseTable ENGLISH = PhraseTable.load(QueryUnderstanding.class, "cues-en.tsv");
    private static final List<java.util.regex.Pattern> DANISH_ASKER = askerClauses(DANISH);
    private static final List<java.util.regex.Pattern> ENGLISH_ASKER = askerClauses(ENGLISH);
    private static final QueryUnderstanding WITHOUT_COMMANDS = new QueryUnderstanding(null);

    private final CommandRegistry commands;

    /** @param commands the commands a message may invoke, or null to read every message as language */
    public QueryUnderstanding(CommandRegistry commands) {
        this.commands = commands;
    }

    /** A reader that knows no commands, for code that only needs to know what kind of question a text is. */
    public static QueryUnderstanding withoutCommands() {
        return WITHOUT_COMMANDS;
    }

    /** The message's intent, without the organisation it names. */
    public Intent understand(String text) {
        return understand(text, null);
    }

    /**
     * The message's intent.
     *
     * @param text the message, not null
     * @param knowledge the current snapshot, for the organisation the message names; may be null
     */
    public Intent understand(String text, KnowledgeSnapshot knowledge) {
        Intent intent = read(text.strip());
        if (knowledge != null && intent.kind() == Kind.UNIT_QUESTION && intent.aspect() == UnitAspect.LEADER
                && knowledge.units().mentionedIn(intent.text()).isEmpty()) {
            intent = leadingAsHandling(intent);
        }
        if (knowledge != null && intent.kind() != Kind.COMMAND && !intent.text().isEmpty()) {
            Optional<String> organisation = knowledge.organizationsNamedIn(intent.text()).stream().sorted().findFirst();
            if (organisation.isPresent()) {
                intent = intent.withOrganisation(organisation.get());
            }
        }
        return intent;
    }

    /**
     * "Hvem leder indsatsen ved et udbrud af norovirus?" names no unit: who leads an effort is who handles it,
     * so the question is a who-handles question of the rest ("leder" stays the topic's verb, which the unit
     * lookup sets aside). Unchanged when no topic is left.
     */
    private static Intent leadingAsHandling(Intent intent) {
        String text = intent.text();
        Optional<String> topic = whoTopic(text, skipToWord(text, 0), intent.english() ? ENGLISH : DANISH);
        return topic.map(t -> new Intent(Kind.WHO_HANDLES, intent.language(), text, t, null, null, null, null, null)).orElse(intent);
    }

    /** The language guess alone, for texts that are not read further (an empty or too long message). */
    public boolean english(String text) {
        return EnglishStopWords.isEnglish(text);
    }

    /**
     * Reading a message walks both languages' cue tables phrase by phrase (a question is read once per language when
     * the first finds no cue), and the follow-up of a conversation reads it again with the previous question. The
     * reading depends only on the text (the cue tables and commands never change) and an intent is immutable, so
     * readings are kept per text, bounded; what depends on the snapshot ({@link #understand}) is worked out anew.
     */
    private static final int READING_CACHE_LIMIT = 5_000;
    private final BoundedCache<String, Intent> readings = new BoundedCache<>(READING_CACHE_LIMIT);

    private Intent read(String text) {
        return readings.get(text, this::readAnew);
    }

    private Intent readAnew(String text) {
        Optional<CommandRegistry.Invocation> invocation = commands == null ? Optional.empty() : commands.parse(text);
        if (invocation.isPresent()) {
            return command(text, invocation.get());
        }
        return readLanguage(text);
    }

    /**
     * A command, or the question a command-like message really is. "/hvem løn" and "hvem lønudbetaling" ask
     * which unit handles a topic, and say so; "hvem håndterer løn" (a who-question without its question
     * mark) is a question, not the command "hvem" with the topic "håndterer løn".
     */
    private Intent command(String text, CommandRegistry.Invocation inv) {
        Language commandLanguage = inv.command() == null || inv.name().equals(inv.command().spec().name()) ? Language.DANISH : Language.ENGLISH;
        Intent asCommand = new Intent(Kind.COMMAND, commandLanguage, text, null, null, inv, null, null, null);
        if (inv.command() == null || inv.command().spec().arguments() != CommandSpec.Arguments.FREE_TEXT) {
            return asCommand;
        }
        if (!inv.loose()) {
            Intent read = readLanguage(inv.name() + " " + inv.arguments());
            return read.kind() == Kind.WHO_HANDLES ? read.withCommand(inv) : asCommand;
        }
        Intent read = readLanguage(text);
        if (read.kind() == Kind.QUESTION) {
            return asCommand;
        }
        if (read.kind() == Kind.WHO_HANDLES && read.topic().equals(trimEnd(inv.arguments()))) {
            return read.withCommand(inv);
        }
        return read;
    }

    /** Reads with the guessed language's cues, and with the other language's when those find nothing. */
    private Intent readLanguage(String text) {
        boolean english = EnglishStopWords.isEnglish(text);
        Intent first = read(text, english ? ENGLISH : DANISH, english ? Language.ENGLISH : Language.DANISH);
        if (first.kind() != Kind.QUESTION) {
            return first;
        }
        Intent other = read(text, english ? DANISH : ENGLISH, english ? Language.DANISH : Language.ENGLISH);
        return other.kind() != Kind.QUESTION ? other : first;
    }

    private Intent read(String text, PhraseTable cues, Language language) {
        int start = skipToWord(text, 0);
        // Small talk: the whole message, or a greeting before the real message.
        int end = start;
        SmallTalk talk = null;
        for (Optional<PhraseTable.Match> m = cues.at(text, end, SMALL_TALK_OR_FILLER); m.isPresent(); m = cues.at(text, end, SMALL_TALK_OR_FILLER)) {
            if (talk == null && SMALL_TALK.contains(m.get().label())) {
                talk = SmallTalk.valueOf(m.get().label());
            }
            end = skipToWord(text, m.get().end());
        }
        if (talk != null) {
            Intent rest = end >= text.length() ? null : read(text.substring(end));
            // "Tak for svaret" is still thanks; "Hej, hvem håndterer løn?" is the question.
            if (rest == null || (rest.kind() == Kind.QUESTION && !text.contains("?") && rest.text().split("\\s+").length <= MAX_SMALL_TALK_TAIL)) {
                return new Intent(Kind.SMALL_TALK, language, text, null, null, null, null, talk, null);
            }
            return rest;
        }
        Intent standalone = standalone(text, start, cues, language);
        if (isFollowUp(text, start, cues)) {
            return new Intent(Kind.FOLLOW_UP, language, text, null, null, null, standalone.aspect(), null, standalone);
        }
        return standalone;
    }

    /** A short message that opens like a continuation ("og …", "what about …") or ends on a pronoun ("… den?"). */
    private static boolean isFollowUp(String text, int start, PhraseTable cues) {
        if (text.strip().split("\\s+").length > MAX_FOLLOW_UP_WORDS) {
            return false;
        }
        return cues.at(text, start, Set.of("FOLLOW_OPEN")).isPresent() || endsWith(text, cues, "FOLLOW_PRONOUN").isPresent();
    }

    /** The message read on its own, without regard to a previous question. */
    private Intent standalone(String text, int start, PhraseTable cues, Language language) {
        UnitAspect aspect = aspect(text, start, cues);
        // "Der er en fejl på min lønseddel – hvem skal jeg kontakte?" asks whom to go to, not for the payslip.
        // So does "Hvem retter fejl på min lønseddel?": "hvem" with a verb of its own, unlike "Hvem er min leder?".
        boolean asksWhoDoesIt = cues.at(text, start, Set.of("WHO_SUBJECT")).isPresent() && cues.at(text, start, Set.of("PERSONAL_FRAME")).isEmpty();
        boolean asksWhomToContact = cues.at(text, start, Set.of("WHO_FRAME")).isPresent() || endsWith(text, cues, "WHO_CLOSE").isPresent() || asksWhoDoesIt;
        // The sentence that asks decides: "… hvis min lønseddel var forkert. Hvad hedder de nu?" tells, then asks a name.
        if (asksForOwnData(text, lastSentence(text, start), cues) && !asksWhomToContact) {
            return Intent.of(Kind.PERSONAL, language, text, aspect);
        }
        Optional<String> role = role(text, start, cues);
        if (role.isPresent()) {
            // A unit's leader is among the facts a unit's description gives; its chair or secretary is not.
            UnitAspect leader = role.get().equals("ROLE_LEADER") ? UnitAspect.LEADER : null;
            return Intent.of(Kind.ROLE_HOLDER, language, text, aspect != null ? aspect : leader);
        }
        Optional<PhraseTable.Match> unitAtStart = cues.at(text, start, UNIT_CUES.keySet());
        Optional<PhraseTable.Match> whoAtStart = cues.at(text, start, Set.of("WHO_FRAME", "WHO_SUBJECT", "WHICH_UNIT"))
                .or(() -> whichUnitCompound(text, start, cues));
        if (unitAtStart.isPresent() && (whoAtStart.isEmpty() || unitAtStart.get().end() >= whoAtStart.get().end())) {
            return Intent.of(Kind.UNIT_QUESTION, language, text, aspect);
        }
        if (aspect == UnitAspect.NAME) {
            return Intent.of(Kind.UNIT_QUESTION, language, text, aspect);
        }
        Optional<String> topic = whoTopic(text, start, cues);
        if (topic.isPresent()) {
            return new Intent(Kind.WHO_HANDLES, language, text, topic.get(), null, null, aspect, null, null);
        }
        return Intent.of(aspect != null ? Kind.UNIT_QUESTION : Kind.QUESTION, language, text, aspect);
    }

    /**
     * "… efter 1. juni 2027?", "… fra 1. maj?": a question ending on the day from which something holds (a day and a
     * month the date reader knows, with or without its year).
     */
    private static boolean endsOnADayFrom(String text) {
        java.util.regex.Matcher day = FROM_A_DAY.matcher(text);
        return day.find() && !dk.hrassistenten.knowledge.document.DanishDates.monthsNamed(day.group(1)).isEmpty();
    }

    private static final java.util.regex.Pattern FROM_A_DAY = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:efter|fra|pr\\.|per|after|from)\\s+(?:den\\s+)?\\d{1,2}\\.?\\s*(\\p{L}+)(?:\\s+\\d{4})?\\s*\\?*\\s*$");

    /** What about a unit the text asks, by its cues anywhere (a new name before the others), or null. */
    private static UnitAspect aspect(String text, int start, PhraseTable cues) {
        // "Hvad hedder X nu?", also with more after a comma ("Hvad hedder X nu, efter sammenlægningen med Y?") or where
        // ("Hvad hedder teamet nu i Egeby Kommune?")
        boolean endsTheName = endsWith(text, cues, "RENAME_END").isPresent()
                || cues.every(text, "RENAME_END").stream().anyMatch(m -> text.startsWith(",", m.end())
                        || onlyAPlaceAfter(text, m.end()))
                || endsOnADayFrom(text); // "Hvad hedder de efter 1. juni 2027?": from when the new name holds
        // "Jeg skulle kontakte X om … . Hvad hedder teamet nu?": the question may open the last sentence.
        int last = lastSentence(text, start);
        boolean renamed = !cues.every(text, "RENAME").isEmpty()
                || ((cues.at(text, start, Set.of("RENAME_OPEN")).isPresent() || cues.at(text, last, Set.of("RENAME_OPEN")).isPresent()
                        || cues.at(text, afterLastDash(text, last), Set.of("RENAME_OPEN")).isPresent())
                    && endsTheName);
        if (renamed) {
            return UnitAspect.NAME;
        }
        for (String label : UNIT_CUE_ORDER) {
            if (!cues.every(text, label).isEmpty()) {
                return UNIT_CUES.get(label);
            }
        }
        return null;
    }

    /**
     * "Hvad er min løn?" (a question frame, "min", one or two words) or an own-data cue anywhere ("Hvor mange
     * feriedage har jeg tilbage?"). "Hvad er min ret til ferie, når …" and "Hvor mange plustimer må jeg have på min
     * flekssaldo?" ask for a rule, and are not this.
     */
    private static boolean asksForOwnData(String text, int start, PhraseTable cues) {
        if (!cues.every(text.substring(start), "RULE_ASKED").isEmpty()) {
            return false; // "Hvor mange plustimer må jeg have på min flekssaldo?" asks what the rules allow
        }
        if (!cues.every(text.substring(start), "OWN_DATA").isEmpty()) {
            return true;
        }
        Optional<PhraseTable.Match> frame = cues.at(text, start, Set.of("PERSONAL_FRAME"));
        if (frame.isEmpty()) {
            return false;
        }
        Optional<PhraseTable.Match> possessive = cues.at(text, skipSpaces(text, frame.get().end()), Set.of("POSSESSIVE"));
        if (possessive.isEmpty()) {
            return false;
        }
        String rest = trimEnd(text.substring(possessive.get().end())).strip();
        return !rest.isEmpty() && rest.split("\\s+").length <= MAX_OWN_DATA_WORDS && rest.matches("[\\p{L}\\p{N}\\s-]+");
    }

    /**
     * "Hvem er HR-direktør?", "Who is the chair of HMU?": a role frame, perhaps an article, and a word that is
     * or ends in a role noun, perhaps inflected ("formanden"). Gives the role noun's label.
     */
    private static Optional<String> role(String text, int start, PhraseTable cues) {
        Optional<PhraseTable.Match> frame = cues.at(text, start, Set.of("ROLE_FRAME"));
        if (frame.isEmpty()) {
            return Optional.empty();
        }
        int at = skipSpaces(text, frame.get().end());
        Optional<PhraseTable.Match> article = cues.at(text, at, Set.of("ARTICLE"));
        if (article.isPresent()) {
            at = skipSpaces(text, article.get().end());
        }
        String[] words = text.substring(at).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        List<String> candidates = words.length > 1 ? List.of(words[0], words[0] + " " + words[1]) : List.of(words[0]);
        for (String word : candidates) {
            for (String label : List.of("ROLE_LEADER", "ROLE_OTHER")) {
                if (endsInRole(word, cues, label)) {
                    return Optional.of(label);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean endsInRole(String word, PhraseTable cues, String label) {
        for (String noun : cues.phrases(label)) {
            if (word.endsWith(noun)) {
                return true;
            }
            for (String ending : cues.phrases("ROLE_ENDING")) {
                if (word.endsWith(noun + ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nouns of the which-phrases ("hvilken afdeling" → "afdeling"), per language. */
    private static final Set<String> DANISH_UNIT_NOUNS = unitNouns(DANISH);
    private static final Set<String> ENGLISH_UNIT_NOUNS = unitNouns(ENGLISH);

    private static Set<String> unitNouns(PhraseTable cues) {
        Set<String> nouns = new java.util.HashSet<>();
        for (String phrase : cues.phrases("WHICH_UNIT")) {
            nouns.add(phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(nouns);
    }

    /** Whether the text from {@code from} on is only where, closing a question: "… i Egeby Kommune?". */
    private static boolean onlyAPlaceAfter(String text, int from) {
        java.util.regex.Matcher place = PLACE.matcher(text).region(from, text.length());
        return place.lookingAt() && text.substring(place.end()).matches("[\\s?.!]*");
    }
    private static final Set<String> PEOPLE_NOUNS = Set.of("gruppe", "medarbejder", "medarbejdere", "person", "kollega", "group", "colleague");
    private static final Pattern WHICH_WORD = Pattern.compile("(?iu)(hvilke[nt]?|which|what)\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?");

    /**
     * "Hvilken stabsfunktion …", "Hvilken HR-afdeling …", "Which HR team …": a which-question whose noun is one of the
     * unit nouns of the cue table's which-phrases, as the last part of a compound or after one more word.
     */
    private static Optional<PhraseTable.Match> whichUnitCompound(String text, int start, PhraseTable cues) {
        Matcher m = WHICH_WORD.matcher(text);
        if (!m.find(start) || m.start() != start) {
            return Optional.empty();
        }
        Set<String> nouns = cues == ENGLISH ? ENGLISH_UNIT_NOUNS : DANISH_UNIT_NOUNS;
        String first = m.group(2).toLowerCase(Locale.ROOT);
        for (String noun : nouns) {
            // "aldersgruppe", "lønmedarbejder": groups of people and people are no units' names
            if (first.endsWith(noun) && first.length() > noun.length() + 2 && !PEOPLE_NOUNS.contains(noun)) {
                return Optional.of(new PhraseTable.Match("WHICH_UNIT", m.group(1) + " " + m.group(2), m.start(), m.end(2)));
            }
        }
        if (m.group(3) != null && nouns.contains(m.group(3).toLowerCase(Locale.ROOT)) && !first.equals(m.group(3).toLowerCase(Locale.ROOT))) {
            return Optional.of(new PhraseTable.Match("WHICH_UNIT", m.group(), m.start(), m.end()));
        }
        return Optional.empty();
    }

    /**
     * The topic of a who-handles question: after a whole frame ("Hvor skal jeg henvende mig om …"), after a
     * subject and its verb ("Hvem [i HR] håndterer …", "Hvilken afdeling står for …"), after "hvem" alone
     * ("Hvem udvikler e-læringskurser?"), or before a closing frame ("Jeg har en sag om …, hvem skal jeg gå til?").
     */
    private static Optional<String> whoTopic(String text, int start, PhraseTable cues) {
        Optional<PhraseTable.Match> frame = cues.at(text, start, Set.of("WHO_FRAME"));
        Optional<PhraseTable.Match> subject = cues.at(text, start, Set.of("WHO_SUBJECT", "WHICH_UNIT"))
                .or(() -> whichUnitCompound(text, start, cues));
        int topicStart = -1;
        String placesBeforeTheVerb = "";
        if (frame.isPresent() && (subject.isEmpty() || frame.get().end() >= subject.get().end())) {
            topicStart = frame.get().end();
        } else if (subject.isPresent()) {
            Set<String> verbs = subject.get().label().equals("WHICH_UNIT") ? WHICH_VERBS : WHO_VERBS;
            int at = skipSpaces(text, subject.get().end());
            Optional<PhraseTable.Match> verb = verbAfter(text, at, cues, verbs);
            Optional<PhraseTable.Match> exists = cues.at(text, at, Set.of("EXISTS"));
            if (exists.isPresent() && (verb.isEmpty() || exists.get().end() > verb.get().end())) {
                // "Hvilke enheder er der i Fælles HR?" asks what exists, not who handles something.
                return Optional.empty();
            } else if (verb.isPresent()) {
                topicStart = verb.get().end();
                // "Hvilken afdeling i Egeby Kommune rådgiver om …": the organisation asked about stays with the topic; a
                // unit named there ("Hvem i Personaleafdelingen håndterer …") is where in it, and goes.
                placesBeforeTheVerb = PLACE.matcher(" " + text.substring(at, verb.get().start())).results()
                        .map(m -> m.group().strip()).filter(MetadataExtractor::namesAnOrganisation)
                        .collect(java.util.stream.Collectors.joining(" "));
            } else {
                // "Hvilket team uddanner forflytningsvejledere?": any verb after a unit noun asks who handles the rest.
                topicStart = subject.get().end();
            }
        }
        if (topicStart >= 0) {
            String topic = cleanTopic(text.substring(topicStart), cues);
            if (!topic.isEmpty()) {
                return Optional.of(placesBeforeTheVerb.isEmpty() ? topic : topic + " " + placesBeforeTheVerb);
            }
        }
        Optional<PhraseTable.Match> close = endsWith(text, cues, "WHO_CLOSE");
        if (close.isPresent() && close.get().start() > start) {
            String topic = cleanTopic(text.substring(start, close.get().start()), cues);
            if (!topic.isEmpty()) {
                return Optional.of(topic);
            }
        }
        return lastSentenceAsks(text, start, cues);
    }

    /** Where the message's last sentence starts ({@code start} for a message of one sentence). */
    private static int lastSentence(String text, int start) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        int last = start;
        while (last < text.length() && end.find(last)) {
            last = end.end();
        }
        return last;
    }

    /** "Før ringede jeg til X om gratialet – hvad hedder de nu?": after a dash the question opens a clause of its own. */
    private static int afterLastDash(String text, int from) {
        int dash = Math.max(text.lastIndexOf(" – "), Math.max(text.lastIndexOf(" — "), text.lastIndexOf(" - ")));
        return dash >= from ? dash + 3 : from;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?]\\s+(?=\\p{Lu})");
    /** "i Vestby Kommune", "fra Nordby Sygehus": where the asker is, kept with the topic so the lookup keeps to it. */
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(
            "\\s(?:i|på|hos|ved|fra|in|at|for)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)");

    /**
     * A message that tells its story first and asks who last: "Jeg skal tale med en psykolog om stress. Hvem i Vestby
     * Kommune skal jeg gå til?" (the story is the topic) or "Jeg er sygemeldt fra Nordby Sygehus. Hvem holder
     * fastholdelsesmøder?" (with the last sentence's own topic). The places the question names stay with the topic.
     */
    private static Optional<String> lastSentenceAsks(String text, int start, PhraseTable cues) {
        int last = lastSentence(text, start);
        if (last <= start) {
            return Optional.empty();
        }
        String story = cleanTopic(text.substring(start, last), cues);
        String asked = " " + text.substring(last);
        List<String> places = PLACE.matcher(asked).results().map(m -> m.group().strip()).toList();
        String question = PLACE.matcher(asked).replaceAll("").strip();
        Optional<String> own = whoTopic(question, 0, cues);
        if (own.isEmpty() && !onlyAsksWho(question, cues)) {
            return Optional.empty();
        }
        String topic = String.join(" ", story, own.orElse(""), String.join(" ", places)).replaceAll("\\s+", " ").strip();
        return topic.isEmpty() ? Optional.empty() : Optional.of(topic);
    }

    /**
     * A story without the asker's own role at a workplace ("Jeg er nystartet portør på Klintevig Sygehus og har tabt
     * …" → "har tabt … på Klintevig Sygehus"): no unit's task names who asks, so the role only dilutes the topic; the
     * workplace stays, as it tells which organisation is meant. A state the asker is in ("Jeg er sygemeldt fra …",
     * "Jeg er gravid og …") names no workplace after "på"/"i"/"ved"/"hos" and stays. Tried when the whole topic finds
     * no unit: a role may be what the topic is about ("Jeg er overlæge og skal slå en lægestilling op").
     */
    public static String withoutAsker(String story, boolean english) {
        String s = story;
        List<String> workplaces = new java.util.ArrayList<>();
        for (java.util.regex.Pattern asker : english ? ENGLISH_ASKER : DANISH_ASKER) {
            java.util.regex.Matcher m = asker.matcher(s);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                workplaces.add(m.group(1));
                m.appendReplacement(rest, "");
            }
            m.appendTail(rest);
            s = rest.toString();
        }
        // the workplace last, where the places a question names go
        return (s.strip() + " " + String.join(" ", workplaces)).strip();
    }

    /** "Jeg er nystartet portør på X og ": an ASKER cue, a role of a few words, a workplace (group 1) and what joins the rest. */
    private static List<java.util.regex.Pattern> askerClauses(PhraseTable cues) {
        return cues.phrases("ASKER").stream().map(asker -> java.util.regex.Pattern.compile("(?:^|(?<=[.!?]\\s))(?iu:"
                + java.util.regex.Pattern.quote(asker) + ")\\s+(?:[\\p{L}-]+\\s+){1,4}?((?iu:på|i|ved|hos|at|in)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)"
                + "(?:\\s*,?\\s+(?iu:og|and)\\s+|\\s*[.,]\\s*|$)")).toList();
    }

    /**
     * Whether a question asks whom to go to and nothing more: "Hvem skal jeg ringe til?", "Hvilken afdeling skal jeg
     * kontakte?" (the story before it is what it is about).
     */
    private static boolean onlyAsksWho(String question, PhraseTable cues) {
        if (endsWith(question, cues, "WHO_CLOSE").filter(close -> close.start() == 0).isPresent()) {
            return true;
        }
        Optional<PhraseTable.Match> verb = cues.at(question, 0, Set.of("WHICH_UNIT")).or(() -> whichUnitCompound(question, 0, cues))
                .flatMap(unit -> cues.at(question, skipSpaces(question, unit.end()), WHO_VERBS));
        return verb.isPresent() && cleanTopic(question.substring(verb.get().end()), cues).isEmpty();
    }

    /** The verb right at {@code at}, or after a qualifier of a few words ("i HR-afdelingen"). */
    private static Optional<PhraseTable.Match> verbAfter(String text, int at, PhraseTable cues, Set<String> verbs) {
        Optional<PhraseTable.Match> verb = cues.at(text, at, verbs);
        if (verb.isPresent()) {
            return verb;
        }
        Optional<PhraseTable.Match> qualifier = cues.at(text, at, Set.of("QUALIFIER"));
        if (qualifier.isEmpty()) {
            return Optional.empty();
        }
        int word = skipSpaces(text, qualifier.get().end());
        for (int i = 0; i < MAX_QUALIFIER_WORDS && word < text.length(); i++) {
            int next = text.indexOf(' ', word);
            if (next < 0) {
                return Optional.empty();
            }
            word = skipSpaces(text, next);
            verb = cues.at(text, word, verbs);
            if (verb.isPresent()) {
                return verb;
            }
        }
        return Optional.empty();
    }

    /** A topic without what introduces it ("jeg har en sag om", "om") or closes it ("?", ","). */
    private static String cleanTopic(String raw, PhraseTable cues) {
        String topic = trimEnd(raw).strip();
        for (boolean cut = true; cut && !topic.isEmpty(); ) {
            int at = skipToWord(topic, 0);
            Optional<PhraseTable.Match> intro = cues.at(topic, at, Set.of("TOPIC_INTRO", "ABOUT"));
            cut = intro.isPresent() && intro.get().end() < topic.length();
            if (cut) {
                topic = topic.substring(intro.get().end()).strip();
            }
        }
        return trimEnd(topic);
    }

    /** The phrase with this label that ends the text (only punctuation after it), the longest if several. */
    private static Optional<PhraseTable.Match> endsWith(String text, PhraseTable cues, String label) {
        String trimmed = trimEnd(text);
        List<PhraseTable.Match> found = cues.every(text, label);
        Optional<PhraseTable.Match> closing = found.stream().filter(m -> m.end() == trimmed.length()).findFirst();
        // "… hvor skal jeg henvende mig nu?": a closing "nu" or "fremover" after the phrase says when, not what
        java.util.regex.Matcher adverb = CLOSING_ADVERB.matcher(trimmed);
        if (closing.isPresent() || !adverb.find()) {
            return closing;
        }
        int end = trimEnd(trimmed.substring(0, adverb.start())).length();
        return found.stream().filter(m -> m.end() == end).findFirst();
    }

    private static final java.util.regex.Pattern CLOSING_ADVERB = java.util.regex.Pattern.compile(
            "\\s+(?:nu|så|fremover|now)$", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** The text without trailing punctuation, dashes and blanks. */
    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || "?!.,;:–-".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The first letter or digit at or after {@code from}. */
    private static int skipToWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
