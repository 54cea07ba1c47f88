package io.hikeshi.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The OpenID Connect provider of the tests, on the WireMock server: discovery, keys and the authorization endpoint
 * come from src/test/resources/mappings/oidc-*.json; the token endpoint is registered here because it issues ID
 * tokens signed just now with the test-only key.
 */
public final class TestOidcProvider {

    public static final String CLIENT_ID = "hikeshi-test";

    private final WireMock wiremock;
    private final String issuer;

    public TestOidcProvider(WireMock wiremock, int port) {
        this(wiremock, "http://localhost:" + port + "/oidc");
    }

    /** A provider whose tokens name {@code issuer}, e.g. https://slack.com for Sign in with Slack. */
    public TestOidcProvider(WireMock wiremock, String issuer) {
        this.wiremock = wiremock;
        this.issuer = issuer;
    }

    /** Makes the token endpoint answer the authorization code with tokens for this person. */
    public void signsIn(String subject, String name, String email) {
        signsIn(token(subject, name, email));
    }

    /** Makes the token endpoint answer the authorization code with this token. */
    public void signsIn(String token) {
        wiremock.register(post(urlEqualTo("/oidc/token")).willReturn(okJson("{\"access_token\":\"" + token
                + "\",\"id_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    }

    /** A token signed by the provider for hikeshi, valid for an hour, with a verified e-mail address. */
    public String token(String subject, String name, String email) {
        return token(CLIENT_ID, Map.of("sub", subject, "name", name, "email", email, "email_verified", true));
    }

    /** A token signed by the provider for {@code audience} (none when null), with these claims. */
    public String token(String audience, Map<String, Object> more) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            if (audience != null) {
                claims.setAudience(audience);
            }
            more.forEach(claims::setClaim);
            claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(Instant.now().getEpochSecond() - 5));
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(Instant.now().getEpochSecond() + 3600));
            claims.setGeneratedJwtId();
            RsaJsonWebKey key = key();
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey key() throws JoseException {
        try (InputStream in = TestOidcProvider.class.getResourceAsStream("/oidc/test-signing-key.json")) {
            return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
