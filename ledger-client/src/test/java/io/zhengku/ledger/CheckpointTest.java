package io.zhengku.ledger;

import static io.zhengku.ledger.EventSamples.anchored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    @Test
    void a_block_processed_in_part_is_delivered_again_and_a_whole_one_is_not() {
        assertThat(Checkpoint.afterTransaction(41, "tx").nextBlock()).isEqualTo(41);
        assertThat(Checkpoint.afterTransaction(41, "tx").isBlockComplete()).isFalse();
        assertThat(Checkpoint.afterBlock(41).nextBlock()).isEqualTo(42);
        assertThat(Checkpoint.afterBlock(41).isBlockComplete()).isTrue();
    }

    @Test
    void a_checkpoint_needs_a_block_number_and_a_transaction_id_that_says_something() {
        assertThatThrownBy(() -> Checkpoint.afterBlock(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.afterTransaction(1, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.afterTransaction(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_block_holds_only_its_own_events_and_one_per_transaction() {
        assertThatThrownBy(() -> new LedgerBlock(2, List.of(anchored(3, "a"))))
                .hasMessageContaining("was delivered with block 2");
        assertThatThrownBy(() -> new LedgerBlock(2, List.of(anchored(2, "a"), anchored(2, "a"))))
                .hasMessageContaining("two events of transaction a");
    }

    @Test
    void a_delivered_event_keeps_its_own_copy_of_the_payload() {
        byte[] payload = {'{', '}'};
        DeliveredEvent event = new DeliveredEvent(1, "tx", "BatchAnchored", payload);
        payload[0] = 'x';
        event.payload()[1] = 'x';

        assertThat(event.payload()).containsExactly('{', '}');
        assertThat(event).hasToString("BatchAnchored of transaction tx in block 1");
        assertThat(event.position()).isEqualTo(Checkpoint.afterTransaction(1, "tx"));
    }
}
