package io.zhengku.core.anchor;

import static io.zhengku.core.anchor.DocumentStatus.ACTIVE;
import static io.zhengku.core.anchor.DocumentStatus.REVOKED;
import static io.zhengku.core.anchor.DocumentStatus.SUPERSEDED;
import static io.zhengku.core.anchor.DocumentStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentStatusTest {

    @Test
    void each_status_may_become_exactly_the_statuses_of_the_contract_table() {
        Map<DocumentStatus, Set<DocumentStatus>> allowed = Map.of(
                ACTIVE, EnumSet.of(SUSPENDED, REVOKED, SUPERSEDED),
                SUSPENDED, EnumSet.of(ACTIVE, REVOKED, SUPERSEDED),
                SUPERSEDED, EnumSet.of(REVOKED),
                REVOKED, EnumSet.noneOf(DocumentStatus.class));

        for (DocumentStatus current : DocumentStatus.values()) {
            assertThat(Arrays.stream(DocumentStatus.values()).filter(current::mayBecome)).as(current.name())
                    .containsExactlyInAnyOrderElementsOf(allowed.get(current));
        }
    }
}
