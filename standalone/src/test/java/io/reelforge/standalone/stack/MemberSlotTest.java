package io.reelforge.standalone.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberSlotTest {

    @TempDir
    Path data;

    @Test
    void twoLiveProcessesOfOneServiceGetDifferentMemberNames() throws Exception {
        try (MemberSlot first = MemberSlot.take(data, Service.MEDIA);
                MemberSlot second = MemberSlot.take(data, Service.MEDIA)) {
            assertThat(first.instanceId()).endsWith("-media-1");
            assertThat(second.instanceId()).endsWith("-media-2");
        }
    }

    @Test
    void aProcessThatRestartsInAFreedSlotRejoinsUnderItsOldName() throws Exception {
        String before;
        try (MemberSlot other = MemberSlot.take(data, Service.MEDIA)) {
            try (MemberSlot dead = MemberSlot.take(data, Service.MEDIA)) {
                before = dead.instanceId();
            }
            try (MemberSlot restarted = MemberSlot.take(data, Service.MEDIA)) {
                assertThat(restarted.instanceId()).isEqualTo(before).isNotEqualTo(other.instanceId());
            }
        }
    }

    @Test
    void servicesAndStacksNameTheirMembersApart(@TempDir Path otherData) throws Exception {
        try (MemberSlot media = MemberSlot.take(data, Service.MEDIA);
                MemberSlot scraper = MemberSlot.take(data, Service.SCRAPER);
                MemberSlot otherStack = MemberSlot.take(otherData, Service.MEDIA)) {
            assertThat(scraper.instanceId()).endsWith("-scraper-1");
            assertThat(otherStack.instanceId()).endsWith("-media-1").isNotEqualTo(media.instanceId());
        }
    }

    @Test
    void theServiceIsToldItsNameAndAShortSessionTimeout() throws Exception {
        try (MemberSlot slot = MemberSlot.take(data, Service.SCRIPT)) {
            assertThat(slot.serviceArgs()).containsExactly(
                    "--spring.kafka.consumer.properties.group.instance.id=" + slot.instanceId(),
                    "--spring.kafka.consumer.properties.session.timeout.ms=10000");
        }
    }
}
