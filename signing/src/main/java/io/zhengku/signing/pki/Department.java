package io.zhengku.signing.pki;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.party.UnifiedSocialCreditCode;
import io.zhengku.signing.key.SealAlgorithm;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * An issuing department (发证部门) that holds seals: its unified social credit code (统一社会信用代码), name and
 * region.
 *
 * <pre>{@code
 * new Department(new UnifiedSocialCreditCode("113101010024795883"), "上海市黄浦区市场监督管理局", Region.SHANGHAI)
 * }</pre>
 *
 * @param creditCode the department's GB 32100 code
 * @param name the department's official name
 * @param region the region whose root CA certifies its seals
 */
public record Department(UnifiedSocialCreditCode creditCode, String name, Region region) {

    public Department {
        requireNonNull(creditCode, "creditCode");
        requireNonNull(name, "name");
        requireNonNull(region, "region");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a department needs a name");
        }
    }

    /**
     * The subject of this department's seal certificate: the credit code goes into
     * {@code organizationIdentifier} (2.5.4.97), so a registry can match a certificate to a department.
     */
    public X500Name sealSubject(SealAlgorithm algorithm) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.ST, region.displayName())
                .addRDN(BCStyle.O, name)
                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, creditCode.code())
                .addRDN(BCStyle.CN, name + " seal (" + algorithm.code() + ")")
                .build();
    }
}
