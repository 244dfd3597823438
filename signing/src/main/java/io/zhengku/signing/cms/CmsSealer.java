package io.zhengku.signing.cms;

import static java.util.Objects.requireNonNull;

import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.key.SignerContentSigner;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSProcessableFile;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Seals documents with a detached CMS SignedData (RFC 5652, 分离式签名): DER-encoded, carrying the seal
 * certificate and a signing-time attribute, with SM2-with-SM3 or ECDSA-with-SHA256 as the seal's key dictates.
 * Files are hashed as they are read, in constant memory.
 *
 * <pre>{@code
 * byte[] signature = new CmsSealer(seal, Clock.systemUTC()).sign(Path.of("licence.pdf"));
 * }</pre>
 */
public final class CmsSealer {

    private final SealCredential seal;
    private final Clock clock;

    public CmsSealer(SealCredential seal, Clock clock) {
        this.seal = requireNonNull(seal, "seal");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A detached signature over the content of {@code document}. */
    public byte[] sign(Path document) throws IOException {
        return sign(new CMSProcessableFile(document.toFile()));
    }

    /** A detached signature over {@code document}. */
    public byte[] sign(byte[] document) {
        try {
            return sign(new CMSProcessableByteArray(document));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the CMS signature", e);
        }
    }

    private byte[] sign(CMSTypedData content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo());
            generator.addCertificate(new X509CertificateHolder(seal.certificate().getEncoded()));
            return generator.generate(content, false).getEncoded(ASN1Encoding.DER);
        } catch (CMSException e) {
            if (e.getCause() instanceof IOException unreadable) {
                throw unreadable;
            }
            throw new IllegalStateException("cannot build the CMS signature", e);
        } catch (CertificateEncodingException | OperatorCreationException e) {
            throw new IllegalStateException("cannot encode the CMS signature", e);
        }
    }

    private SignerInfoGenerator signerInfo() throws OperatorCreationException, CertificateEncodingException {
        Attribute signingTime = new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(clock.instant()))));
        return new JcaSignerInfoGeneratorBuilder(new StreamingDigestCalculators())
                .setSignedAttributeGenerator(
                        new DefaultSignedAttributeTableGenerator(new AttributeTable(signingTime)))
                .build(new SignerContentSigner(seal.signer()), seal.certificate());
    }
}
