package io.reelforge.standalone.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChaosPlanTest {

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        ChaosPlan plan = ChaosPlan.draw(42, Duration.ofMinutes(8));

        assertThat(ChaosPlan.draw(42, Duration.ofMinutes(8))).isEqualTo(plan);
        assertThat(ChaosPlan.draw(43, Duration.ofMinutes(8)).kills()).isNotEqualTo(plan.kills());
    }

    @Test
    void everyKindOfProcessIsKilledEvenInAShortRun() {
        ChaosPlan plan = ChaosPlan.draw(7, Duration.ofSeconds(120));

        assertThat(plan.kills()).extracting(ChaosPlan.Kill::kind).containsExactlyInAnyOrder(ProcessKind.values());
    }

    @Test
    void aKindIsKilledAgainOnlyOnceEveryOtherKindHasBeen() {
        ChaosPlan plan = ChaosPlan.draw(11, Duration.ofMinutes(10));

        var rounds = plan.kills().subList(0, 12);
        assertThat(rounds.subList(0, 6)).extracting(ChaosPlan.Kill::kind).doesNotHaveDuplicates();
        assertThat(rounds.subList(6, 12)).extracting(ChaosPlan.Kill::kind).doesNotHaveDuplicates();
    }

    @Test
    void killsFallWithinTheDurationAndSubmissionsLastLongerInOrder() {
        Duration duration = Duration.ofSeconds(300);
        ChaosPlan plan = ChaosPlan.draw(3, duration);

        assertThat(plan.kills()).extracting(ChaosPlan.Kill::at).isSorted()
                .allMatch(at -> at.compareTo(ChaosPlan.WARM_UP) >= 0 && at.compareTo(duration) < 0);
        assertThat(plan.kills()).extracting(ChaosPlan.Kill::down)
                .allMatch(d -> d.compareTo(ChaosPlan.MIN_DOWN) >= 0 && d.compareTo(ChaosPlan.MAX_DOWN) <= 0);
        assertThat(plan.submissions()).extracting(ChaosPlan.Submission::at).isSorted()
                .allMatch(at -> at.compareTo(duration.multipliedBy(3)) < 0);
        assertThat(plan.submissions()).extracting(ChaosPlan.Submission::key).doesNotHaveDuplicates();
        assertThat(plan.submissions().stream().map(ChaosPlan.Submission::tenant).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(0, 1);
    }
}
