package dk.hrassistenten.knowledge.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitCuesTest {

    private final UnitCues cues = UnitCues.shipped();

    @Test
    void theDataFilesHoldEveryLabelTheRulesAsk() {
        assertThat(cues.labels()).contains("NOUN", "SELF", "TASK", "PASSIVE", "CLEFT", "TASK_LIST", "FIELD", "LEADER", "LEADER_LABEL",
                "LEADER_TITLE", "REPORTS", "LOCATION", "EMAIL_LABEL", "PHONE_LABEL", "PART_OF", "RENAME", "RENAMED_FROM", "FORMER",
                "MERGE", "TRANSFER", "CHART", "CONSISTS", "NEGATION", "NAVIGATION", "DETERMINER");
    }

    @Test
    void unitNounsAreFoundAloneInflectedAndAsTheLastPartOfACompound() {
        assertThat(cues.isUnitNoun("Sekretariatet")).isTrue();
        assertThat(cues.isUnitNoun("Lønkontoret")).isTrue();
        assertThat(cues.isUnitNoun("HR-afdelingen")).isTrue();
        assertThat(cues.isUnitNoun("Rekrutteringsteamet")).isTrue();
        assertThat(cues.isUnitNoun("åbenhed")).isFalse(); // "åb" + "enhed" is no compound
        assertThat(cues.isUnitNoun("lønseddel")).isFalse();
    }

    @Test
    void phrasesAreFoundAsWholeWordsLongestFirst() {
        assertThat(cues.first("TASK", "Teamet har ansvaret for APV").orElseThrow().phrase()).isEqualTo("har ansvaret for");
        assertThat(cues.atStart("SELF", "Kontoret varetager løn")).isPresent();
        assertThat(cues.contains("TASK", "Stabens opgaveportefølje")).isFalse();
    }
}
