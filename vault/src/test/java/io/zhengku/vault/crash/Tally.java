package io.zhengku.vault.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

/**
 * What became of a load's acknowledged licences once the vault settled, and of its bucket: the figures of one
 * row of a chaos table, and the verdict every chaos test holds them to.
 *
 * @param orphans files no document names, counted before the cleaning that {@code cleaned} reports
 * @param left files no document names, counted at the end: what the cleaning left
 */
record Tally(int acknowledged, long anchoredOnce, long lost, long duplicated, long orphans, int cleaned, long left,
             long rowsWithoutObject) {

    private static final String COLUMNS = "%-14s %5s %12s %13s %4s %10s %7s %7s %4s %19s%n";

    /** The table's header line. */
    static String header() {
        return String.format(Locale.ROOT, COLUMNS, "step", "kills", "acknowledged", "anchored-once", "lost",
                "duplicated", "orphans", "cleaned", "left", "rows-without-object");
    }

    /** This tally as the row of {@code step}, which ran {@code kills} kills. */
    String row(String step, int kills) {
        return String.format(Locale.ROOT, COLUMNS, step, kills, acknowledged, anchoredOnce, lost, duplicated, orphans,
                cleaned, left, rowsWithoutObject);
    }

    /** The bar: some licences acknowledged, each anchored exactly once, nothing lost, every orphan cleaned. */
    void assertNothingLost() {
        assertThat(acknowledged).as("licences acknowledged").isPositive();
        assertThat(lost).as("acknowledged licences not anchored once under their own id").isZero();
        assertThat(anchoredOnce).as("acknowledged licences anchored exactly once").isEqualTo(acknowledged);
        assertThat(duplicated).as("documents on the channel more than once").isZero();
        assertThat(rowsWithoutObject).as("document rows whose file is not in the store").isZero();
        assertThat((long) cleaned).as("orphans the vault removed").isEqualTo(orphans);
        assertThat(left).as("files without a row left after the cleaning").isZero();
    }
}
