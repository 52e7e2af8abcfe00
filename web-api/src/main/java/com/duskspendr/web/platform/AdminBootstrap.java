package com.duskspendr.web.platform;

import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.auth.boundary.EmailAlreadyRegisteredException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin account from configuration ({@code duskspendr.admin.email} and {@code
 * duskspendr.admin.password}), so ops can sign in to a fresh installation. Nothing happens when they are
 * unset; an existing account with that email is given the admin role.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "duskspendr.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "duskspendr.admin.password")
  Optional<String> password;

  @EJB AccountService accounts;

  /**
   * Outside a transaction, so that each attempt is a transaction of its own: instances of a cluster starting
   * together race to create the account, and the loser's second attempt finds the winner's.
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void ensureAdmin() {
    if (email.isPresent() && password.isPresent()) {
      try {
        accounts.ensureAdmin(email.get(), password.get());
      } catch (EmailAlreadyRegisteredException | EJBException createdMeanwhile) {
        // another instance created it between this one's lookup and insert: now it is there to grant
        accounts.ensureAdmin(email.get(), password.get());
      }
      LOG.info(() -> "Admin account ensured for " + email.get());
    }
  }
}
