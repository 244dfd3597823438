package io.zhengku.bench.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelConfigTest {

    @Test
    void the_orderers_batch_timeout_and_message_count_are_read_from_configtx() {
        List<String> configtx = List.of("Orderer: &OrdererDefaults", "  OrdererType: etcdraft",
                "  BatchTimeout: 250ms",
                "  BatchSize: {MaxMessageCount: 500, AbsoluteMaxBytes: 10 MB, PreferredMaxBytes: 2 MB}");

        ChannelConfig config = ChannelConfig.parse(configtx).orElseThrow();

        assertThat(config.batchTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.maxMessageCount()).isEqualTo(500);
    }

    @Test
    void seconds_are_read_as_go_writes_them() {
        assertThat(ChannelConfig.parse(List.of("  BatchTimeout: 1.5s")).orElseThrow().batchTimeout())
                .isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void a_file_without_a_batch_timeout_gives_nothing() {
        assertThat(ChannelConfig.parse(List.of("Orderer:", "  OrdererType: etcdraft"))).isEmpty();
    }
}
