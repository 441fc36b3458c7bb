package dk.hrassistenten.adapters.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;

/**
 * The OpenID Connect authorization code flow with PKCE against one provider, through Nimbus' SDK: where to send a
 * person to sign in, and who they are once the provider sends them back with a code. The ID token is checked for
 * its signature (the provider's published keys), issuer, audience (this client), expiry and the login's nonce.
 * Thread-safe.
 */
final class OidcClient {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final OIDCProviderMetadata provider;
    private final ClientID clientId;
    private final Secret secret;
    private final URI redirectUrl;
    private final IDTokenValidator validator;

    private OidcClient(OIDCProviderMetadata provider, WebSettings.Oidc settings) throws MalformedURLException {
        this.provider = provider;
        this.clientId = new ClientID(settings.clientId());
        this.secret = new Secret(settings.clientSecret());
        this.redirectUrl = settings.redirectUrl();
        this.validator = new IDTokenValidator(provider.getIssuer(), clientId, JWSAlgorithm.RS256, provider.getJWKSetURI().toURL());
    }

    /** Thrown when a sign-in cannot be completed; the message says why, for the log, and holds no token. */
    static final class SignInFailed extends Exception {
        SignInFailed(String message) {
            super(message);
        }
    }

    /**
     * Reads the provider's configuration from its issuer's {@code /.well-known/openid-configuration}.
     *
     * @throws IllegalArgumentException with what to fix when it cannot be read
     */
    static OidcClient discover(WebSettings.Oidc settings) {
        try {
            OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            if (provider.getJWKSetURI() == null || provider.getTokenEndpointURI() == null) {
                throw new GeneralException("it names no token endpoint or signing keys");
            }
            return new OidcClient(provider, settings);
        } catch (GeneralException | IOException e) {
            throw new IllegalArgumentException("The OpenID Connect provider " + settings.issuer() + " cannot be used (" + e.getMessage()
                    + "). Check " + WebSettings.OIDC_ISSUER + ".");
        }
    }

    /** Where to send the person to sign in. */
    URI authorization(State state, Nonce nonce, CodeVerifier verifier) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"), clientId, redirectUrl)
                .endpointURI(provider.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
    }

    /**
     * Who signed in, from the provider's redirect back to this service.
     *
     * @param query the callback's query string (code and state, or the provider's error)
     * @param state the state this login was started with; the callback must carry the same
     */
    Identity redeem(String query, State state, Nonce nonce, CodeVerifier verifier) throws SignInFailed {
        AuthenticationSuccessResponse success;
        try {
            AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(redirectUrl + "?" + (query == null ? "" : query)));
            if (!response.indicatesSuccess()) {
                throw new SignInFailed("the provider refused: " + response.toErrorResponse().getErrorObject().getCode());
            }
            success = response.toSuccessResponse();
        } catch (ParseException | IllegalArgumentException e) {
            throw new SignInFailed("the callback is not a sign-in response");
        }
        if (!state.equals(success.getState())) {
            throw new SignInFailed("the callback's state is not this login's");
        }
        if (success.getAuthorizationCode() == null) {
            throw new SignInFailed("the callback carries no code");
        }
        JWT idToken = idToken(new TokenRequest(provider.getTokenEndpointURI(), new ClientSecretBasic(clientId, secret),
                new AuthorizationCodeGrant(success.getAuthorizationCode(), redirectUrl, verifier)));
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, nonce);
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInFailed("the ID token is not valid: " + e.getMessage());
        }
        String email = claims.getStringClaim("email");
        String preferred = claims.getStringClaim("preferred_username");
        // Forums name secretaries by e-mail address or chat id: Entra ID's preferred_username is the sign-in address.
        String user = preferred != null ? preferred : email != null ? email : claims.getSubject().getValue();
        return new Identity(user, email, Identity.Source.SESSION);
    }

    private JWT idToken(TokenRequest request) throws SignInFailed {
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw new SignInFailed("the token endpoint refused the code: " + response.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
            if (idToken == null) {
                throw new SignInFailed("the token response has no ID token");
            }
            return idToken;
        } catch (ParseException | IOException | ClassCastException e) {
            throw new SignInFailed("the token endpoint's answer cannot be used (" + e.getMessage() + ")");
        }
    }
}
