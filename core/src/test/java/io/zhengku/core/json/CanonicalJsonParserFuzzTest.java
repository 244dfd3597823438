package io.zhengku.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Hostile bytes against the canonical JSON parser, which reads ledger entries, token claims and every request's
 * metadata: it refuses with a {@link CanonicalJsonException} or returns a value that has one canonical spelling.
 * Any other throwable (a runtime exception, a stack overflow, running out of memory) fails the test and Jazzer
 * keeps the input under {@code CanonicalJsonParserFuzzTestInputs/} as a regression case.
 */
class CanonicalJsonParserFuzzTest {

    @FuzzTest
    void any_bytes_are_refused_or_parse_to_a_value_whose_canonical_bytes_parse_back_to_it(byte[] input) {
        Object value;
        try {
            value = CanonicalJsonParser.parse(input);
        } catch (CanonicalJsonException refused) {
            return;
        }
        byte[] canonical = CanonicalJsonEncoder.encode(value);
        Object again = CanonicalJsonParser.parse(canonical);

        assertThat(again).isEqualTo(value);
        assertThat(CanonicalJsonEncoder.encode(again)).isEqualTo(canonical);
    }
}
