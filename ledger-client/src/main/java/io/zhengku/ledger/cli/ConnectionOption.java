package io.zhengku.ledger.cli;

import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricGateway;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --connection FILE}: the region's connection description that network/up writes. */
final class ConnectionOption {

    @Option(names = "--connection", required = true, paramLabel = "FILE",
            description = "the region's connection description (network/up writes connections/<region>.json)")
    Path file;

    FabricConnection read() throws IOException {
        return FabricConnection.read(file);
    }

    FabricGateway connect(FabricGateway.Signer signer) throws IOException, LedgerException {
        return FabricGateway.connect(read(), signer);
    }
}
