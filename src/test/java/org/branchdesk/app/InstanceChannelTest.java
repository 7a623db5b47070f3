package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceChannelTest {
    @TempDir Path dir;

    @Test
    void aSecondStartHandsItsArgumentsToTheRunningWindow() throws Exception {
        BlockingQueue<List<String>> received = new ArrayBlockingQueue<>(1);
        try (InstanceChannel channel = InstanceChannel.listen(dir, received::add)) {
            assertThat(InstanceChannel.handOver(dir, List.of("/tmp/小区表.csv", "second"))).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS))
                    .containsExactly("/tmp/小区表.csv", "second");
        }
        assertThat(dir.resolve(InstanceChannel.FILE)).doesNotExist();
    }

    @Test
    void withoutARunningWindowNothingIsHandedOver() throws Exception {
        assertThat(InstanceChannel.handOver(dir, List.of("x"))).isFalse();
        Files.writeString(dir.resolve(InstanceChannel.FILE), "port=1\ntoken=abc\n");
        assertThat(InstanceChannel.handOver(dir, List.of("x"))).isFalse();
    }

    @Test
    void aWrongTokenIsIgnored() throws Exception {
        BlockingQueue<List<String>> received = new ArrayBlockingQueue<>(1);
        try (InstanceChannel channel = InstanceChannel.listen(dir, received::add)) {
            String props = Files.readString(dir.resolve(InstanceChannel.FILE));
            Files.writeString(
                    dir.resolve(InstanceChannel.FILE),
                    props.replaceAll("token=.*", "token=forged"));
            assertThat(InstanceChannel.handOver(dir, List.of("x"))).isFalse();
            assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
