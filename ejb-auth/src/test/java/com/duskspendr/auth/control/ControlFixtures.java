package com.duskspendr.auth.control;

import com.duskspendr.auth.entity.LoginFailureRepository;
import com.duskspendr.auth.entity.SessionRepository;
import java.time.Clock;
import java.time.Duration;

/** Control beans wired by hand, for tests of the use cases outside a container. */
public final class ControlFixtures {

  private ControlFixtures() {}

  public static LoginThrottle loginThrottle(
      LoginFailureRepository failures, Clock clock, int perPair, int perAccount, int perAddress) {
    LoginThrottle throttle = new LoginThrottle();
    throttle.failures = failures;
    throttle.clock = clock;
    throttle.maxFailuresPerPair = perPair;
    throttle.maxFailuresPerAccount = perAccount;
    throttle.accountDelayMax = Duration.ofMinutes(1);
    throttle.maxFailuresPerAddress = perAddress;
    throttle.window = Duration.ofMinutes(15);
    return throttle;
  }

  public static SessionRevocation sessionRevocation(
      SessionRepository sessions, Clock clock, jakarta.enterprise.event.Event<SessionsClosed> closed) {
    SessionRevocation revocation = new SessionRevocation();
    revocation.sessions = sessions;
    revocation.sessionsClosed = closed;
    revocation.clock = clock;
    return revocation;
  }

  public static SessionTokens sessionTokens(
      SessionRepository sessions, com.duskspendr.auth.entity.RefreshTokenRepository refreshTokens,
      AccessTokenIssuer issuer, SessionRevocation revocation) {
    SessionTokens tokens = new SessionTokens();
    tokens.sessions = sessions;
    tokens.refreshTokens = refreshTokens;
    tokens.accessTokens = issuer;
    tokens.revocation = revocation;
    return tokens;
  }

  public static DeviceSessions deviceSessions(
      SessionRepository sessions, SessionTokens tokens, com.duskspendr.platform.outbox.Outbox outbox,
      java.time.Duration sessionTtl) {
    DeviceSessions deviceSessions = new DeviceSessions();
    deviceSessions.sessions = sessions;
    deviceSessions.tokens = tokens;
    deviceSessions.outbox = outbox;
    deviceSessions.sessionTtl = sessionTtl;
    return deviceSessions;
  }

  public static AccountErasure accountErasure(
      com.duskspendr.auth.entity.AccountRepository accounts, SessionRepository sessions, LoginThrottle throttle,
      jakarta.enterprise.event.Event<com.duskspendr.auth.events.AccountDeleted> deleted,
      jakarta.enterprise.event.Event<SessionsClosed> closed, Clock clock) {
    AccountErasure erasure = new AccountErasure();
    erasure.accounts = accounts;
    erasure.sessions = sessions;
    erasure.throttle = throttle;
    erasure.deleted = deleted;
    erasure.sessionsClosed = closed;
    erasure.clock = clock;
    return erasure;
  }

  public static AccessTokenIssuer accessTokenIssuer(SigningKeys keys, Clock clock) {
    AccessTokenIssuer issuer = new AccessTokenIssuer();
    issuer.keys = () -> keys;
    issuer.issuer = "https://duskspendr.test";
    issuer.ttl = Duration.ofMinutes(15);
    issuer.clock = clock;
    return issuer;
  }

  /** A clock the test moves forward. */
  public static final class MovableClock extends Clock {

    private java.time.Instant now;

    public MovableClock(java.time.Instant start) {
      this.now = start;
    }

    public void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}
