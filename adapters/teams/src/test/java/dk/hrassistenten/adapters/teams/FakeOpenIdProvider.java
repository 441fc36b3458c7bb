package dk.hrassistenten.adapters.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.Consumer;

/**
 * A local stand-in for the Bot Framework's token signing: OpenID metadata and a JWKS with a key generated here
 * (endorsed for "msteams", as the real keys are), and tokens shaped like the ones the Bot Connector sends.
 */
public final class FakeOpenIdProvider implements AutoCloseable {

    static final String ISSUER = "https://api.botframework.com";
    static final String KEY_ID = "test-key";

    private final HttpServer server;
    private final KeyPair published = rsa();
    private final KeyPair unpublished = rsa();

    public FakeOpenIdProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/.well-known/openidconfiguration", e -> send(e,
                "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base() + "/v1/.well-known/keys\","
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
        server.createContext("/v1/.well-known/keys", e -> send(e, jwks()));
        server.start();
    }

    public String metadataUrl() {
        return base() + "/v1/.well-known/openidconfiguration";
    }

    /** A token as the Bot Connector sends it to the bot {@code appId} for activities from {@code serviceUrl}. */
    public String token(String appId, String serviceUrl) {
        return token(appId, serviceUrl, b -> { });
    }

    /** The same, with changes (an expiry in the past, another issuer …). */
    String token(String appId, String serviceUrl, Consumer<JWTCreator.Builder> change) {
        JWTCreator.Builder builder = JWT.create().withKeyId(KEY_ID).withIssuer(ISSUER).withAudience(appId)
                .withClaim("serviceurl", serviceUrl)
                .withNotBefore(Date.from(Instant.now().minusSeconds(60)))
                .withExpiresAt(Date.from(Instant.now().plusSeconds(3600)));
        change.accept(builder);
        return builder.sign(Algorithm.RSA256((RSAPublicKey) published.getPublic(), (RSAPrivateKey) published.getPrivate()));
    }

    /** A well-formed token signed with a key the metadata does not publish, under the published key's id. */
    String tokenSignedByUnknownKey(String appId, String serviceUrl, String keyId) {
        return JWT.create().withKeyId(keyId).withIssuer(ISSUER).withAudience(appId).withClaim("serviceurl", serviceUrl)
                .withExpiresAt(Date.from(Instant.now().plusSeconds(3600)))
                .sign(Algorithm.RSA256((RSAPublicKey) unpublished.getPublic(), (RSAPrivateKey) unpublished.getPrivate()));
    }

    /** An unsigned token ({@code alg: none}) with claims that would otherwise pass. */
    public String unsignedToken(String appId, String serviceUrl) {
        return JWT.create().withKeyId(KEY_ID).withIssuer(ISSUER).withAudience(appId).withClaim("serviceurl", serviceUrl)
                .withExpiresAt(Date.from(Instant.now().plusSeconds(3600))).sign(Algorithm.none());
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) published.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\"" + b64(key.getModulus())
                + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\",\"endorsements\":[\"msteams\",\"webchat\"]}]}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
