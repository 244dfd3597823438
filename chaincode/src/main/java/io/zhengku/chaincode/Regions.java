package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.RefusalCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * The regions (地区) that joined the contract, one per Fabric org of the channel. Each region's admin
 * registers its own region once; the list is what key-level endorsement policies name as "another region".
 *
 * <p>Why a ledger registry and not a transient argument: a transient list is chosen by the submitting
 * client, so a region could name only itself (or an org it controls) as "the other region" and rewrite its
 * records alone. Registry entries are written by each region for itself, are visible to all, and every
 * endorsing peer reads the same list, so every peer builds the same policy bytes.
 */
final class Regions {

    private final LedgerState state;

    Regions(LedgerState state) {
        this.state = state;
    }

    /** Records the caller's region; registering it again changes nothing and returns the first record. */
    String join(Caller caller) {
        caller.requireAdmin("register its region");
        String key = Keys.region(caller.msp());
        return state.text(key).orElseGet(() -> state.write(key,
                Map.of("msp", caller.msp(), "joinedAt", state.nowText(), "txId", state.txId())));
    }

    /** The MSP ids of all joined regions, in key order. */
    List<String> all() {
        return state.all(Keys.REGION).stream()
                .map(region -> CompositeKey.parseCompositeKey(region.getKey()).getAttributes().get(0))
                .toList();
    }

    /**
     * The key-level policy for a record owned by {@code ownerMsp}: its peer and a peer of one other region.
     * Refused as {@link RefusalCode#NO_OTHER_REGION} while no other region has joined.
     */
    byte[] policyFor(String ownerMsp) {
        List<String> others = new ArrayList<>(all());
        others.remove(ownerMsp);
        if (others.isEmpty()) {
            throw refuse(RefusalCode.NO_OTHER_REGION, "no region other than " + ownerMsp + " has joined, so no"
                    + " second region could be required to endorse changes; have another region's admin call"
                    + " registerRegion first");
        }
        return EndorsementPolicy.ownerAndOneOther(ownerMsp, others);
    }
}
