package io.zhengku.chaincode;

import java.security.cert.X509Certificate;

/** Gives the router test in Fabric's package a client certificate from {@link TestPki}. */
public final class RoutingSupport {

    private RoutingSupport() {
    }

    public static X509Certificate clientCertificate(String msp) {
        return TestPki.clientCertificate(msp, "client");
    }
}
