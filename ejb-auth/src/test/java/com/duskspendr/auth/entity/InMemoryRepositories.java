package com.duskspendr.auth.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Repositories without a database, for tests of the use cases. They keep what the schema enforces that
 * the tests rely on: unique emails, cascading deletes, the conditional token update and the failure upsert.
 */
public final class InMemoryRepositories {

  public final Map<UUID, Account> accounts = new HashMap<>();
  public final Map<UUID, Session> sessions = new HashMap<>();
  public final Map<String, RefreshToken> refreshTokens = new HashMap<>();
  public final Map<String, LoginFailure> loginFailures = new HashMap<>();
  /** What happened, in order, for tests of ordering (e.g. event before delete). */
  public final List<String> journal = new ArrayList<>();

  public final AccountRepository accountRepository =
      new AccountRepository() {
        @Override
        public Optional<Account> find(UUID id) {
          return Optional.ofNullable(accounts.get(id));
        }

        @Override
        public Optional<Account> findForDeletion(UUID id) {
          return find(id);
        }

        @Override
        public boolean holdExisting(UUID id) {
          return accounts.containsKey(id);
        }

        @Override
        public Optional<Account> findByEmail(String emailNormalized) {
          return accounts.values().stream().filter(a -> a.emailNormalized().equals(emailNormalized)).findFirst();
        }

        @Override
        public Optional<Account> findByVerificationHash(String tokenHash) {
          return accounts.values().stream()
              .filter(a -> a.verificationHashForTests() != null && a.verificationHashForTests().equals(tokenHash))
              .findFirst();
        }

        @Override
        public boolean add(Account account) {
          if (findByEmail(account.emailNormalized()).isPresent()) {
            return false;
          }
          accounts.put(account.id(), account);
          return true;
        }

        @Override
        public void delete(Account account) {
          journal.add("delete account " + account.id());
          accounts.remove(account.id());
          sessions.values().removeIf(s -> s.accountId().equals(account.id()));
          refreshTokens.values().removeIf(t -> !sessions.containsKey(t.sessionId()));
        }
      };

  public final SessionRepository sessionRepository =
      new SessionRepository() {
        @Override
        public Optional<Session> find(UUID id) {
          return Optional.ofNullable(sessions.get(id));
        }

        @Override
        public List<Session> activeOf(UUID accountId, OffsetDateTime now) {
          return sessions.values().stream()
              .filter(s -> s.accountId().equals(accountId) && s.isActiveAt(now))
              .sorted(Comparator.comparing(Session::lastUsedAt).reversed())
              .toList();
        }

        @Override
        public void add(Session session) {
          sessions.put(session.id(), session);
        }

        @Override
        public void revoke(UUID id, OffsetDateTime now) {
          journal.add("revoke session " + id);
          find(id).ifPresent(s -> s.revoke(now));
        }
      };

  public final RefreshTokenRepository refreshTokenRepository =
      new RefreshTokenRepository() {
        @Override
        public Optional<RefreshToken> find(String tokenHash) {
          return Optional.ofNullable(refreshTokens.get(tokenHash));
        }

        @Override
        public void add(RefreshToken token) {
          refreshTokens.put(token.tokenHash(), token);
        }

        @Override
        public boolean markUsed(String tokenHash, OffsetDateTime now) {
          RefreshToken token = refreshTokens.get(tokenHash);
          if (token == null || token.isUsed()) {
            return false;
          }
          token.markUsed(now);
          return true;
        }
      };

  public final LoginFailureRepository loginFailureRepository =
      new LoginFailureRepository() {
        @Override
        public Optional<LoginFailure> find(String subject) {
          return Optional.ofNullable(loginFailures.get(subject));
        }

        @Override
        public void recordFailure(String subject, OffsetDateTime now, OffsetDateTime windowsStartedUpTo) {
          LoginFailure old = loginFailures.get(subject);
          LoginFailure next =
              old == null || !old.windowStartedAt().isAfter(windowsStartedUpTo)
                  ? new LoginFailure(subject, 1, now, now)
                  : new LoginFailure(subject, old.failures() + 1, old.windowStartedAt(), now);
          loginFailures.put(subject, next);
        }

        @Override
        public void clear(String subject) {
          loginFailures.remove(subject);
        }

        @Override
        public void clearStartingWith(String prefix) {
          loginFailures.keySet().removeIf(subject -> subject.startsWith(prefix));
        }
      };
}
