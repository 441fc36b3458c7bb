package dk.hrassistenten.knowledge.index;

import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentKind;
import dk.hrassistenten.knowledge.document.DocumentMetadata;
import dk.hrassistenten.knowledge.document.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cuts documents into passages of at most a few paragraphs, and links each document to the newer
 * version that supersedes it, if the corpus has one.
 */
public final class PassageBuilder {

    static final int MAX_PASSAGE_CHARS = 1500;
    private static final Set<DocumentKind> VERSIONED = Set.of(DocumentKind.ORGANISATION_DESCRIPTION, DocumentKind.FAQ, DocumentKind.OTHER);

    private PassageBuilder() {
    }

    public static List<Passage> build(List<Document> documents) {
        Map<String, Document> newer = newerVersions(documents);
        List<Passage> passages = new ArrayList<>();
        for (Document doc : documents) {
            DocumentMetadata m = doc.metadata();
            Document successor = newer.get(doc.path());
            for (Section section : doc.sections()) {
                for (String chunk : chunks(section.body())) {
                    passages.add(new Passage(passages.size(), doc.path(), m.title(), section.headings(), chunk, m.kind(),
                            m.organization(), m.committee(), m.date(), section.caseNumber(), section.question(), m.audience(),
                            successor == null ? null : successor.title(), successor == null ? null : successor.metadata().date()));
                }
            }
        }
        return passages;
    }

    /**
     * For each document that an other document describes anew, that newer document. Two documents are
     * versions of each other when they are of the same kind and organisation and their titles share most
     * of their words; the one with the later date wins, an undated one counting as older.
     */
    static Map<String, Document> newerVersions(List<Document> documents) {
        // Only documents of one kind and organisation can be versions of each other: compared within those groups
        // (in corpus order, as before), a corpus of 10,000 documents costs thousands of comparisons, not 100 million.
        Map<List<Object>, List<Document>> groups = new LinkedHashMap<>();
        for (Document d : documents) {
            if (VERSIONED.contains(d.metadata().kind())) {
                groups.computeIfAbsent(Arrays.asList(d.metadata().kind(), d.metadata().organization()), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, Document> newer = new HashMap<>();
        for (List<Document> group : groups.values()) {
            for (Document a : group) {
                for (Document b : group) {
                    if (a != b && sameSubject(a.title(), b.title()) && isNewer(b.metadata().date(), a.metadata().date())) {
                        Document current = newer.get(a.path());
                        if (current == null || isNewer(b.metadata().date(), current.metadata().date())) {
                            newer.put(a.path(), b);
                        }
                    }
                }
            }
        }
        return newer;
    }

    private static boolean isNewer(LocalDate candidate, LocalDate than) {
        return candidate != null && (than == null || candidate.isAfter(than));
    }

    static boolean sameSubject(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        long shared = wa.stream().filter(wb::contains).count();
        return shared >= Math.min(wa.size(), wb.size()) || (double) shared / Math.max(wa.size(), wb.size()) >= 0.6;
    }

    private static Set<String> words(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2).collect(Collectors.toSet());
    }

    /** Splits a long body at line boundaries into pieces of at most about {@link #MAX_PASSAGE_CHARS}. */
    static List<String> chunks(String body) {
        if (body.length() <= MAX_PASSAGE_CHARS) {
            return List.of(body);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n")) {
            if (current.length() > 0 && current.length() + line.length() > MAX_PASSAGE_CHARS) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
