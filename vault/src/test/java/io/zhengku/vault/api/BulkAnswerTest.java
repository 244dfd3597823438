package io.zhengku.vault.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkAnswerTest {

    @Test
    void the_answer_counts_the_items_issued_and_refused() {
        Problem taken = Problem.of(409, "Conflict", "licence-number-taken", "taken", null);

        BulkAnswer answer = BulkAnswer.of(List.of(new BulkAnswer.Item(0, "a", 201, null, null),
                new BulkAnswer.Item(1, "b", 409, null, taken), new BulkAnswer.Item(2, "c", 201, null, null)));

        assertThat(answer.total()).isEqualTo(3);
        assertThat(answer.issued()).isEqualTo(2);
        assertThat(answer.refused()).isEqualTo(1);
        assertThat(answer.items()).extracting(BulkAnswer.Item::part).containsExactly("a", "b", "c");
    }
}
