package dk.hrassistenten.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermalinksTest {

    @Test
    void theArchiveLinkFormIsTheWorkspacesDomainChannelAndTimestampWithoutItsDot() {
        assertThat(Permalinks.archiveLink("C1H9RESGA", "1358546515.000008", "ghostbusters"))
                .isEqualTo("https://ghostbusters.slack.com/archives/C1H9RESGA/p1358546515000008");
    }

    @Test
    void withoutADomainOrWithOddPartsThereIsNoLink() {
        assertThat(Permalinks.archiveLink("C1", "1358546515.000008", null)).isNull();
        assertThat(Permalinks.archiveLink("C1", "1358546515.000008", "evil.example/x?")).isNull();
        assertThat(Permalinks.archiveLink("C1", "not-a-ts", "acme")).isNull();
    }
}
