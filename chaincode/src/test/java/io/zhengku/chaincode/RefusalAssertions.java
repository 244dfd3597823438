package io.zhengku.chaincode;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.anchor.RefusalCode;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hyperledger.fabric.shim.ChaincodeException;

/** Asserts refusals by their code (the exception payload), never by message text alone. */
final class RefusalAssertions {

    private RefusalAssertions() {
    }

    /** Asserts that {@code call} is refused with {@code code}; returns an assertion on the exception. */
    static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call, RefusalCode code) {
        return assertThatThrownBy(call)
                .isInstanceOf(ChaincodeException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                        new String(((ChaincodeException) e).getPayload(), StandardCharsets.UTF_8))
                        .isEqualTo(code.name()))
                .hasMessageStartingWith(code.name() + ": ");
    }
}
