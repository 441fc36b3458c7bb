package dk.hrassistenten.bot.llm;

import dk.hrassistenten.knowledge.analysis.Sentences;
import dk.hrassistenten.knowledge.query.PhraseTable;
import java.util.List;

/**
 * Sentences in a document that address an AI instead of a reader ("Ignorér alle tidligere instruktioner …",
 * "You are now …"). HR documents have no reason to say that, so such a sentence is never quoted, never shown
 * in a source snippet and never given to a model. The cue phrases are data (ai-instructions.tsv). Thread-safe.
 */
public final class PlantedInstructions {

    private static final PhraseTable CUES = PhraseTable.load(PlantedInstructions.class, "ai-instructions.tsv");

    private PlantedInstructions() {
    }

    /** Whether the sentence addresses an AI. */
    public static boolean in(String sentence) {
        return CUES.contains(sentence, "INSTRUCTION");
    }

    /** The text's sentences without those that address an AI, joined by a space; each removed one becomes {@code gap}. */
    public static String without(String text, String gap) {
        StringBuilder out = new StringBuilder();
        for (String sentence : Sentences.split(text)) {
            String kept = in(sentence) ? gap : sentence;
            if (!kept.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(kept);
            }
        }
        return out.toString();
    }

    /** The sentences that do not address an AI, in order. */
    public static List<String> dropped(List<String> sentences) {
        return sentences.stream().filter(s -> !in(s)).toList();
    }
}
