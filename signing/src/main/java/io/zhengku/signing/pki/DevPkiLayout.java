package io.zhengku.signing.pki;

import io.zhengku.signing.key.SealAlgorithm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the files of a development PKI live inside its folder. */
record DevPkiLayout(Path dir) {

    Path passwordFile() {
        return dir.resolve(DevPki.PASSWORD_FILE);
    }

    Path rootPem(Region region) {
        return dir.resolve(region.code() + "-root.pem");
    }

    Path rootKeystore(Region region, SealAlgorithm algorithm) {
        return dir.resolve(region.code() + "-root-" + algorithm.code() + ".p12");
    }

    Path verifierKeystore(Region region) {
        return dir.resolve("verifier-" + region.code() + "-sm2.p12");
    }

    Path sealKeystore(Department department, SealAlgorithm algorithm) {
        return dir.resolve("seal-" + department.creditCode().code() + "-" + algorithm.code() + ".p12");
    }

    Path sealPem(Department department, SealAlgorithm algorithm) {
        return dir.resolve("seal-" + department.creditCode().code() + "-" + algorithm.code() + ".pem");
    }

    /** Every file a complete PKI has, with the seals of the given departments. */
    List<Path> files(List<Department> departments) {
        List<Path> files = new ArrayList<>(List.of(passwordFile()));
        for (Region region : Region.values()) {
            files.add(rootPem(region));
            for (SealAlgorithm algorithm : SealAlgorithm.values()) {
                files.add(rootKeystore(region, algorithm));
            }
        }
        for (Department department : departments) {
            for (SealAlgorithm algorithm : SealAlgorithm.values()) {
                files.add(sealKeystore(department, algorithm));
                files.add(sealPem(department, algorithm));
            }
        }
        return files;
    }
}
