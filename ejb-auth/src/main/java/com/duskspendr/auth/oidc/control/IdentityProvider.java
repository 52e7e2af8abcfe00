package com.duskspendr.auth.oidc.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One configured OpenID Connect provider and the validator of its ID tokens (Nimbus: signature against the
 * provider's JWKS, fetched and cached, refetched for an unknown key id; issuer; audience; expiry and issue
 * time within the clock skew). The JWKS address comes from configuration or, by default, from the
 * provider's discovery document, resolved on first use so that a provider down at start-up does not stop
 * the application.
 */
public final class IdentityProvider {

  private static final Logger LOG = Logger.getLogger(IdentityProvider.class.getName());
  private static final int SIZE_LIMIT_BYTES = 512 * 1024;

  private final String name;
  private final String displayName;
  private final Issuer issuer;
  private final ClientID clientId;
  private final JWSAlgorithm algorithm;
  private final Optional<URI> configuredJwks;
  private final int clockSkewSeconds;
  private final int timeoutMillis;
  private final ResourceRetriever retriever;
  private volatile IDTokenValidator validator;

  IdentityProvider(
      String name, String displayName, String issuer, String clientId, String algorithm, Optional<URI> jwks,
      int clockSkewSeconds, int timeoutMillis) {
    this.name = name;
    this.displayName = displayName;
    this.issuer = new Issuer(issuer);
    this.clientId = new ClientID(clientId);
    this.algorithm = JWSAlgorithm.parse(algorithm);
    this.configuredJwks = jwks;
    this.clockSkewSeconds = clockSkewSeconds;
    this.timeoutMillis = timeoutMillis;
    this.retriever = new DefaultResourceRetriever(timeoutMillis, timeoutMillis, SIZE_LIMIT_BYTES);
  }

  public String name() {
    return name;
  }

  public String displayName() {
    return displayName;
  }

  public String issuer() {
    return issuer.getValue();
  }

  public String clientId() {
    return clientId.getValue();
  }

  /**
   * The claims of a valid ID token of this provider, issued to us.
   *
   * @throws InvalidIdTokenException for a token that is malformed, forged, expired or meant for someone else
   * @throws ProviderUnreachableException when the provider's keys cannot be fetched
   */
  public IDTokenClaimsSet verify(String idToken) {
    try {
      // No expected nonce here: ours are single-use records, checked by the caller against the database.
      return validator().validate(JWTParser.parse(idToken), null);
    } catch (KeySourceException unreachable) {
      LOG.warning(() -> "The keys of identity provider " + name + " could not be fetched: " + unreachable.getMessage());
      throw new ProviderUnreachableException(unreachable);
    } catch (ParseException | BadJOSEException | JOSEException invalid) {
      LOG.fine(() -> "Refused an ID token of " + name + ": " + invalid.getMessage());
      throw new InvalidIdTokenException(invalid);
    }
  }

  private IDTokenValidator validator() {
    IDTokenValidator current = validator;
    if (current == null) {
      synchronized (this) {
        current = validator;
        if (current == null) {
          current = new IDTokenValidator(issuer, clientId, algorithm, jwksUrl(), retriever);
          current.setMaxClockSkew(clockSkewSeconds);
          validator = current;
        }
      }
    }
    return current;
  }

  private URL jwksUrl() {
    try {
      if (configuredJwks.isPresent()) {
        return configuredJwks.get().toURL();
      }
      // Nimbus checks that the document names this very issuer.
      return OIDCProviderMetadata.resolve(issuer, timeoutMillis, timeoutMillis).getJWKSetURI().toURL();
    } catch (GeneralException | IOException discoveryFailed) {
      LOG.warning(() -> "Discovery of identity provider " + name + " failed: " + discoveryFailed.getMessage());
      throw new ProviderUnreachableException(discoveryFailed);
    } catch (IllegalArgumentException notAnUrl) {
      throw new ProviderUnreachableException(notAnUrl);
    }
  }

  /** An ID token this provider's validator refused. */
  public static final class InvalidIdTokenException extends RuntimeException {
    InvalidIdTokenException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** The provider's discovery document or keys could not be fetched. */
  public static final class ProviderUnreachableException extends RuntimeException {
    ProviderUnreachableException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  static URI uri(String value) throws MalformedURLException {
    URI uri = URI.create(value);
    uri.toURL();
    return uri;
  }
}
