package io.zhengku.signing;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance this module uses, passed explicitly to every JCA call.
 *
 * <p>It is never installed with {@code Security.addProvider}: the host application's provider order stays
 * untouched, and SunEC (an order of magnitude slower for ECDSA on our machines) is never picked by accident.
 *
 * <pre>{@code Signature s = Signature.getInstance("SM3withSM2", BouncyCastle.PROVIDER);}</pre>
 */
public final class BouncyCastle {

    /** Shared, thread-safe provider; building one costs tens of milliseconds, so there is only one. */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
