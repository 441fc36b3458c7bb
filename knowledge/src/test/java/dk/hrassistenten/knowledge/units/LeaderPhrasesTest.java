package dk.hrassistenten.knowledge.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaderPhrasesTest {

    private final LeaderPhrases leaders = new LeaderPhrases(UnitCues.shipped());

    @Test
    void aTitleBeforeAPersonsNameNamesALeader() {
        assertThat(leaders.titledPerson("Kontakt afdelingschef Anna Holm for spørgsmål")).isEqualTo(Optional.of("afdelingschef Anna Holm"));
        assertThat(leaders.titledPerson("Lønkontoret udbetaler løn")).isEmpty();
    }

    @Test
    void aLabelledValueEndsWhereTheNextLabelStarts() {
        assertThat(leaders.labelValue("LEADER_LABEL", "Leder: Anna Holm")).isEqualTo(Optional.of("Anna Holm"));
        assertThat(leaders.labelValue("LEADER_LABEL", "Leder: Nadia Holm Kontakt 12 34 56 78")).isEqualTo(Optional.of("Nadia Holm"));
    }

    @Test
    void aSentenceNamingTheLeaderGivesTitleAndName() {
        assertThat(leaders.leaderSentence("Teamleder er Vibeke Hald Brøndum.")).isEqualTo(Optional.of("teamleder Vibeke Hald Brøndum"));
        assertThat(leaders.leaderSentence("Teamet udbetaler løn.")).isEmpty();
    }

    @Test
    void aLeadersLineIsALabelAndAPersonWithAtMostTheContactBesideIt() {
        assertThat(leaders.isLeaderLine("Teamleder: Ulla Bech Sørensen")).isTrue();
        assertThat(leaders.isLeaderLine("Lønkontoret udbetaler løn")).isFalse();
        assertThat(LeaderPhrases.withoutTrailingRole("Leder: Signe Holt, sygeplejerske.")).isEqualTo("Leder: Signe Holt.");
    }

    @Test
    void aLineOfContactDetailsOnlyIsNoTask() {
        assertThat(leaders.isOnlyContact("Telefon 58 47 20 30, loen@vestby.dk")).isTrue();
        assertThat(leaders.isOnlyContact("Vi udbetaler løn og tillæg")).isFalse();
    }
}
