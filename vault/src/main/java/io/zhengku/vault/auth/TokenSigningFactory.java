package io.zhengku.vault.auth;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The key bearer tokens are checked with: HS256 over the secret in {@code zhengku.auth.secret-file}. */
@Factory
public class TokenSigningFactory {

    @Singleton
    SignatureConfiguration tokenSignature(@Property(name = "zhengku.auth.secret-file") String secretFile) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("zhengku");
        configuration.setSecret(TokenSecret.read(Path.of(secretFile)));
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
