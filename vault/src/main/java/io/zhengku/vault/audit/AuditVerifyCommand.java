package io.zhengku.vault.audit;

import io.zhengku.ledger.AuditHead;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricLedger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code ./zk audit verify}: recomputes a vault database's audit chain and holds it against the heads the
 * region's peer holds for it, then prints what it found and a last line a script can read, {@code audit:
 * intact, <N> entries, <H> heads anchored, <U> since the last} or {@code audit: broken, ...}; exits 1 when
 * broken. It reads the database as the vault's role and the ledger as the region's client, beside the running
 * vault, not through it.
 *
 * <pre>{@code
 * ZK_AUDIT_DB_URL=jdbc:postgresql://... ZK_AUDIT_DB_USER=zhengku ZK_AUDIT_DB_PASSWORD=... \
 *   java -cp zhengku-vault.jar io.zhengku.vault.audit.AuditVerifyCommand connection.json
 * }</pre>
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AuditVerifyCommand CONNECTION.json (the database from ZK_AUDIT_DB_URL,"
                    + " ZK_AUDIT_DB_USER, ZK_AUDIT_DB_PASSWORD)");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), System.out) ? 0 : 1);
    }

    static boolean run(Path connectionFile, PrintStream out) throws IOException, SQLException, LedgerException {
        FabricConnection connection = FabricConnection.read(connectionFile);
        try (Connection database = DriverManager.getConnection(required("ZK_AUDIT_DB_URL"),
                required("ZK_AUDIT_DB_USER"), required("ZK_AUDIT_DB_PASSWORD"));
             FabricLedger ledger = FabricLedger.connect(connection, BatcherSettings.defaults("audit-verify"))) {
            String trail = AuditChain.trail(database);
            List<AuditHead> heads = ledger.auditHeads(connection.msp(), trail);
            AuditChainCheck check = AuditChain.check(database, heads);
            print(connection.region(), check, out);
            return check.intact();
        }
    }

    static void print(String region, AuditChainCheck check, PrintStream out) {
        out.printf("audit trail %s of the %s vault: %d entries, head %s%n", check.trail(), region, check.entries(),
                check.head());
        check.lastAnchored().ifPresentOrElse(
                last -> out.printf("anchored on the ledger: %d heads, the last at entry %d (%s, transaction %s)%n",
                        check.headsAnchored(), last.sequence(), last.anchoredAt(), last.transactionId()),
                () -> out.println("anchored on the ledger: no head yet (the vault anchors one every"
                        + " zhengku.audit.anchor-interval, default 1 minute)"));
        check.breaks().forEach(what -> out.println("  broken: " + what));
        if (check.moreBreaks() > 0) {
            out.printf("  and %d more breaks%n", check.moreBreaks());
        }
        out.printf("audit: %s, %d entries, %d heads anchored, %d since the last%n",
                check.intact() ? "intact" : "broken", check.entries(), check.headsAnchored(),
                check.sinceLastAnchored());
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " is not set: give the vault database's JDBC URL, role and"
                    + " password in ZK_AUDIT_DB_URL, ZK_AUDIT_DB_USER and ZK_AUDIT_DB_PASSWORD");
        }
        return value;
    }
}
