package dk.hrassistenten.knowledge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @Test
    void aTimeHasAUnit() {
        assertThat(Intervals.parse("rescan", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Intervals.parse("rescan", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Intervals.parse("interval", " 1H ")).isEqualTo(Duration.ofHours(1));
        assertThat(Intervals.parse("interval", "2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Intervals.parse("interval", "PT15M")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aNumberWithoutUnitANegativeOrZeroTimeOrNonsenseIsRefusedNamingTheSetting() {
        for (Object bad : new Object[] {300, "0m", "-PT5M", "soon", "5 minutes"}) {
            assertThatThrownBy(() -> Intervals.parse("rescan", bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"rescan\"").hasMessageContaining("5m").hasMessageContaining(String.valueOf(bad));
        }
    }
}
