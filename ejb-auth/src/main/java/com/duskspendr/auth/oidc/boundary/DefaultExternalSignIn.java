package com.duskspendr.auth.oidc.boundary;

import com.duskspendr.auth.boundary.AccountGoneException;
import com.duskspendr.auth.boundary.AccountLockedException;
import com.duskspendr.auth.boundary.ClientInfo;
import com.duskspendr.auth.boundary.InvalidCredentialsException;
import com.duskspendr.auth.boundary.TokenPair;
import com.duskspendr.auth.control.AccountErasure;
import com.duskspendr.auth.control.DeviceSessions;
import com.duskspendr.auth.control.EmailAddresses;
import com.duskspendr.auth.control.PasswordHasher;
import com.duskspendr.auth.control.RefreshTokens;
import com.duskspendr.auth.entity.Account;
import com.duskspendr.auth.entity.AccountRepository;
import com.duskspendr.auth.events.AccountRegistered;
import com.duskspendr.auth.events.AccountVerified;
import com.duskspendr.auth.oidc.control.IdentityProvider;
import com.duskspendr.auth.oidc.control.IdentityProviders;
import com.duskspendr.auth.oidc.entity.ExternalIdentity;
import com.duskspendr.auth.oidc.entity.ExternalIdentityRepository;
import com.duskspendr.auth.oidc.entity.SignInNonce;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** External sign-in and linking, each call in one container transaction (a refused call spends no nonce). */
@Stateless
public class DefaultExternalSignIn implements ExternalSignIn {

  private static final Logger LOG = Logger.getLogger(DefaultExternalSignIn.class.getName());
  static final String INVALID_TOKEN = "The identity provider's token is not valid";
  private static final int EMAIL_MAX_LENGTH = 320;

  @Inject IdentityProviders providers;
  @Inject ExternalIdentityRepository identities;
  @Inject AccountRepository accounts;
  @Inject DeviceSessions deviceSessions;
  @Inject AccountErasure erasure;
  @Inject PasswordHasher hasher;
  @Inject Event<AccountRegistered> registered;
  @Inject Event<AccountVerified> verified;

  /** How long the app has to bring back an ID token with a nonce from {@link #challenge}. */
  @Inject
  @ConfigProperty(name = "duskspendr.oidc.nonce-ttl", defaultValue = "PT10M")
  Duration nonceTtl;

  Clock clock = Clock.systemUTC();

  @Override
  public List<IdentityProviderView> providers() {
    return providers.all().stream()
        .map(p -> new IdentityProviderView(p.name(), p.displayName(), p.issuer(), p.clientId()))
        .toList();
  }

  @Override
  public SignInChallenge challenge(String provider) {
    IdentityProvider known = provider(provider);
    OffsetDateTime now = now();
    String nonce = RefreshTokens.generate();
    OffsetDateTime expiresAt = now.plus(nonceTtl);
    identities.addNonce(new SignInNonce(RefreshTokens.hash(nonce), known.name(), expiresAt), now);
    return new SignInChallenge(known.name(), nonce, expiresAt, known.issuer(), known.clientId());
  }

  @Override
  public TokenPair signIn(String provider, String idToken, ClientInfo client) {
    IdentityProvider known = provider(provider);
    OffsetDateTime now = now();
    IDTokenClaimsSet claims = proved(known, idToken, now);
    String subject = claims.getSubject().getValue();
    Account account = identities
        .bySubject(known.issuer(), subject)
        .map(linked -> {
          linked.usedAt(now);
          return accounts.find(linked.accountId()).orElseThrow(AccountGoneException::new);
        })
        .orElseGet(() -> openAccount(known, claims, now));
    // A locked account signs in no way at all, as with its password.
    if (account.isLocked()) {
      throw new AccountLockedException();
    }
    return deviceSessions.open(account, client.deviceName(), now);
  }

  private Account openAccount(IdentityProvider provider, IDTokenClaimsSet claims, OffsetDateTime now) {
    String email = vouchedEmail(claims);
    if (accounts.findByEmail(EmailAddresses.normalize(email)).isPresent()) {
      // Only the provider's verified owner of this address learns that it has an account here.
      throw new ConflictException(
          "An account with this email exists: sign in with its password, then link " + provider.displayName()
              + " (POST /api/v1/auth/oidc/" + provider.name() + "/links)", null);
    }
    // A password nobody knows: the account signs in through the provider until its owner sets one.
    Account account = new Account(UUID.randomUUID(), email, EmailAddresses.normalize(email),
        hasher.hash(RefreshTokens.generate()), Set.of(Account.ROLE_USER), now);
    if (!accounts.add(account)) {
      throw new ConflictException("An account with this email was opened at the same moment; sign in again", null);
    }
    account.markEmailVerified(now);
    AccountId id = new AccountId(account.id());
    registered.fire(new AccountRegistered(id, account.email(), nameOf(claims)));
    verified.fire(new AccountVerified(id));
    identities.add(new ExternalIdentity(
        account.id(), provider.name(), provider.issuer(), claims.getSubject().getValue(), email, true, now));
    LOG.info(() -> "Opened account " + id + " through identity provider " + provider.name());
    return account;
  }

  @Override
  public LinkedIdentity link(AccountId accountId, String provider, String idToken) {
    IdentityProvider known = provider(provider);
    OffsetDateTime now = now();
    accounts.find(accountId.value()).orElseThrow(AccountGoneException::new);
    IDTokenClaimsSet claims = proved(known, idToken, now);
    String subject = claims.getSubject().getValue();
    ExternalIdentity identity = identities.bySubject(known.issuer(), subject).orElse(null);
    if (identity != null) {
      if (!identity.accountId().equals(accountId.value())) {
        throw new ConflictException("This " + known.displayName() + " account is linked to another account", null);
      }
      return view(identity);
    }
    identity = new ExternalIdentity(accountId.value(), known.name(), known.issuer(), subject, emailClaim(claims), false, now);
    identities.add(identity);
    return view(identity);
  }

  @Override
  public List<LinkedIdentity> links(AccountId accountId) {
    return identities.ofAccount(accountId.value()).stream().map(DefaultExternalSignIn::view).toList();
  }

  @Override
  public void unlink(AccountId accountId, UUID linkId) {
    ExternalIdentity identity = identities.find(linkId)
        .filter(candidate -> candidate.accountId().equals(accountId.value()))
        .orElseThrow(() -> new RecordNotFoundException("Linked identity"));
    if (identity.createdAccount() && identities.ofAccount(accountId.value()).size() == 1) {
      throw new ConflictException(
          "This account was opened with " + identity.provider() + " and has no other way to sign in", null);
    }
    identities.remove(identity);
  }

  @Override
  public void deleteAccount(AccountId accountId, String provider, String idToken) {
    IdentityProvider known = provider(provider);
    IDTokenClaimsSet claims = proved(known, idToken, now());
    Account account = accounts.findForDeletion(accountId.value()).orElseThrow(AccountGoneException::new);
    identities.bySubject(known.issuer(), claims.getSubject().getValue())
        .filter(linked -> linked.accountId().equals(account.id()))
        .orElseThrow(() -> new InvalidCredentialsException(INVALID_TOKEN + ": it is not an identity of this account"));
    erasure.erase(account);
  }

  /** The token's claims once it is valid and carries one of our nonces for this provider, which it spends. */
  private IDTokenClaimsSet proved(IdentityProvider provider, String idToken, OffsetDateTime now) {
    IDTokenClaimsSet claims;
    try {
      claims = provider.verify(idToken);
    } catch (IdentityProvider.ProviderUnreachableException unreachable) {
      throw new IdentityProviderUnavailableException(provider.name());
    } catch (IdentityProvider.InvalidIdTokenException invalid) {
      throw new InvalidCredentialsException(INVALID_TOKEN);
    }
    if (claims.getNonce() == null) {
      throw new InvalidCredentialsException(INVALID_TOKEN + ": it carries no nonce from /auth/oidc/{provider}/challenge");
    }
    identities
        .takeNonce(RefreshTokens.hash(claims.getNonce().getValue()))
        .filter(nonce -> nonce.admits(provider.name(), now))
        .orElseThrow(() -> new InvalidCredentialsException(INVALID_TOKEN + ": its nonce is unknown, used or expired"));
    return claims;
  }

  private static String vouchedEmail(IDTokenClaimsSet claims) {
    String email = emailClaim(claims);
    if (email == null || !Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))) {
      throw new InvalidInputException(List.of(new FieldIssue("idToken",
          "the provider vouches for no email address of this account: register with a password, then link it")));
    }
    return email;
  }

  private static String emailClaim(IDTokenClaimsSet claims) {
    String email = claims.getStringClaim("email");
    return email == null || email.isBlank() || email.length() > EMAIL_MAX_LENGTH || !email.contains("@")
        ? null
        : email.strip();
  }

  private static String nameOf(IDTokenClaimsSet claims) {
    String name = claims.getStringClaim("name");
    return name == null || name.isBlank() ? null : name.strip().substring(0, Math.min(name.strip().length(), 100));
  }

  private IdentityProvider provider(String name) {
    return providers.named(name).orElseThrow(() -> new RecordNotFoundException("Identity provider"));
  }

  private static LinkedIdentity view(ExternalIdentity identity) {
    return new LinkedIdentity(
        identity.id(), identity.provider(), identity.email(), identity.linkedAt(), identity.lastUsedAt());
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }
}
