package com.duskspendr.web.notifications;

import com.duskspendr.notifications.digest.boundary.DigestService;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs the weekly digest now, for ops (after an outage longer than a week's first days, or with the timer
 * off): the same run as the timer's, so it sends only digests that are due and not sent yet.
 */
@Path("v1/admin/digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Notifications", description = "Budget, anomaly and large-payment alerts: inbox and settings")
public class AdminDigestsResource {

  /** Optional body: the accounts to run for (at most 100); absent or null, every account. */
  public record DigestRunRequest(List<String> accounts) {}

  /** @param planned the digests this run planned (each goes out through the user's channels) */
  public record DigestRunResponse(int planned) {}

  @Inject DigestService digests;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Send the due weekly digests now", description = "Body {accounts: [id, ...]} (at most 100) "
      + "or {} for every account. Sends each account's digest of the current week once: a digest sent already, "
      + "one that is not due yet in the user's time zone, or one the user turned off is skipped.")
  @APIResponse(responseCode = "200", description = "How many digests were planned")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  public Response run(DigestRunRequest request) {
    if (request == null || request.accounts() == null) {
      return ApiResponses.ok(new DigestRunResponse(digests.runAll()));
    }
    return ApiResponses.ok(new DigestRunResponse(digests.runFor(accounts(request.accounts()))));
  }

  private static List<AccountId> accounts(List<String> ids) {
    if (ids.size() > DigestService.MAX_ACCOUNTS) {
      throw InvalidInputException.of("accounts", "names at most " + DigestService.MAX_ACCOUNTS + " accounts");
    }
    List<AccountId> accounts = new ArrayList<>(ids.size());
    for (String id : ids) {
      Optional<UUID> uuid = RecordIds.uuid(id);
      if (uuid.isEmpty()) {
        throw InvalidInputException.of("accounts", "holds something that is not an account id");
      }
      accounts.add(new AccountId(uuid.get()));
    }
    return accounts;
  }
}
