package io.zhengku.vault.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.zhengku.problem.Problem;
import io.zhengku.vault.document.DocumentView;
import java.util.List;

/**
 * The answer to a bulk issuance: how many licences were issued and refused, and each item's result in the
 * manifest's order.
 */
@Serdeable
record BulkAnswer(int total, int issued, int refused, List<Item> items) {

    /**
     * One item's result: {@code status} 201 with the {@code licence} as single issuance answers it, or the status
     * and {@code problem} single issuance would have refused it with.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(int index, String part, int status, DocumentView licence, Problem problem) {
    }

    static BulkAnswer of(List<Item> items) {
        int issued = (int) items.stream().filter(item -> item.status() == 201).count();
        return new BulkAnswer(items.size(), issued, items.size() - issued, List.copyOf(items));
    }
}
