package com.duskspendr.web.transactions;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.web.api.ConditionalReads;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.transactions.sync.boundary.ChangeFeed;
import com.duskspendr.web.api.IfMatch;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.transactions.categories.boundary.NewRule;
import com.duskspendr.transactions.categories.boundary.RuleService;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.CreatedTransaction;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.TransactionListRequest;
import com.duskspendr.transactions.ledger.boundary.TransactionPage;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's transactions: {@code /api/v1/transactions}. Thin: read the DTO, delegate to {@link
 * TransactionService}, answer with {@link TransactionResponse}. Another user's transaction answers 404,
 * exactly like a missing one.
 */
@Scoped(read = ApiScopes.TRANSACTIONS_READ, write = ApiScopes.TRANSACTIONS_WRITE)
@Path("v1/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Transactions", description = "The money the signed-in user records")
public class TransactionsResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** Set on a create answered from an earlier identical request: nothing new was recorded. */
  static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";


  @Inject TransactionService transactions;
  @Inject Caller caller;
  @Inject RuleService rules;
  @Inject ChangeFeed changes;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Record a transaction",
      description = "Safe to retry: with the same Idempotency-Key (kept 24 hours) or the same client-chosen id, an "
          + "identical request answers with the transaction the first one created (header Idempotent-Replayed: true); "
          + "a different request under the same key or id answers 409. Without a category the transaction is "
          + "categorized automatically (status pending until then).")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateTransactionRequest.class)))
  @APIResponse(responseCode = "201", description = "Created (or replayed); Location points at it, ETag is its version",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = IDEMPOTENT_REPLAYED, description = "true when answered from an earlier identical request",
            schema = @Schema(type = SchemaType.BOOLEAN))
      },
      content = @Content(schema = @Schema(implementation = TransactionsSchemas.TransactionEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", description = "CONFLICT: the Idempotency-Key, id or externalId was used for a different transaction; "
      + "for the caller's own id, error.current is that transaction",
      content = @Content(schema = @Schema(implementation = TransactionsSchemas.StaleTransactionEnvelope.class)))
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response create(
      @NotNull CreateTransactionRequest request,
      @Parameter(description = "Any unique string of 1 to 255 visible ASCII characters, e.g. a UUID, chosen per transaction",
          schema = @Schema(type = SchemaType.STRING, maxLength = 255))
          @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
      @Context UriInfo uri) {
    CreatedTransaction created =
        showingCurrent(() -> transactions.create(caller.accountId(), request.toNewTransaction(), idempotencyKey));
    RecordedTransaction transaction = created.transaction();
    URI location = uri.getBaseUriBuilder().path("v1/transactions").path(transaction.id().toString()).build();
    Response.ResponseBuilder response = ApiResponses.createdBuilder(location, TransactionResponse.from(transaction))
        .header(HttpHeaders.ETAG, IfMatch.etag(transaction.version()));
    if (created.replayed()) {
      response.header(IDEMPOTENT_REPLAYED, "true");
    }
    return response.build();
  }

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "List my transactions, newest first",
      description = "Sorted by date, then id, descending. Keyset pages: pass meta.nextCursor of a page as cursor to get "
          + "the next one; pages never overlap or skip, even while transactions are added. All filters combine. "
          + "The ETag changes whenever any of my records changes: send it back in If-None-Match to get 304 "
          + "instead of a page that did not change.")
  @APIResponse(responseCode = "200", description = "One page; meta.nextCursor is absent on the last page",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = TransactionsSchemas.TransactionPageEnvelope.class)))
  @APIResponse(responseCode = "304", description = "Not modified: the page the If-None-Match tag names is still current")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response list(
      @Parameter(description = "Inclusive, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("startDate") String startDate,
      @Parameter(description = "Inclusive, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("endDate") String endDate,
      @Parameter(description = "A category and all its subcategories", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("categoryId") String categoryId,
      @Parameter(description = "Inclusive, signed decimal (-50 = spent 50 or less)", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("minAmount") String minAmount,
      @Parameter(description = "Inclusive, signed decimal", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("maxAmount") String maxAmount,
      @Parameter(description = "Case-insensitive text in merchant, description or notes", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
          @QueryParam("q") String q,
      @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"manual", "sms", "bank_import", "api"}))
          @QueryParam("source") String source,
      @Parameter(description = "Has this tag (exact)", schema = @Schema(type = SchemaType.STRING, maxLength = 32))
          @QueryParam("tag") String tag,
      @Parameter(description = "meta.nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("cursor") String cursor,
      @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "200"))
          @QueryParam("limit") String limit,
      @Context UriInfo uri,
      @Context Request request) {
    var owner = caller.accountId();
    EntityTag etag = ConditionalReads.tag(changes.lastSeq(owner), owner, uri.getRequestUri().getRawQuery());
    Response unchanged = ConditionalReads.notModified(request, etag);
    if (unchanged != null) {
      return unchanged;
    }
    TransactionPage page = transactions.list(owner, new TransactionListRequest(
        startDate, endDate, categoryId, minAmount, maxAmount, q, source, tag, cursor, limit));
    return ConditionalReads.tagged(
        ApiResponses.pageBuilder(page.items().stream().map(TransactionResponse::from).toList(), page.nextCursor()),
        etag);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "One of my transactions", description = "The ETag header is its version, for If-Match.")
  @APIResponse(responseCode = "200", description = "The transaction",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = TransactionsSchemas.TransactionEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response get(@PathParam("id") String id) {
    RecordedTransaction transaction = transactions.get(caller.accountId(), idOf(id));
    return withEtag(transaction);
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH_JSON})
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Change some fields of one of my transactions",
      description = "Only the fields sent change; all are validated first. Send the version your copy has (If-Match "
          + "header or version field): if the server's is newer, the change is still applied unless a user changed one "
          + "of the same fields since (the categorizer's writes never count); then nothing changes and the answer is 409 "
          + "with the server's current transaction in error.current. Changing the category makes it manual and teaches the categorizer; "
          + "the answer then offers a merchant rule in meta.ruleSuggestion (a body for POST /api/v1/rules) unless the "
          + "user's rules already file this merchant there.")
  @RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatchTransactionRequest.class)),
      @Content(mediaType = ApiDocs.MERGE_PATCH_JSON, schema = @Schema(implementation = PatchTransactionRequest.class))})
  @APIResponse(responseCode = "200", description = "The changed transaction",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = TransactionsSchemas.ChangedTransactionEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "CONFLICT: a user changed one of these fields since the version sent; "
      + "error.current is the server's transaction",
      content = @Content(schema = @Schema(implementation = TransactionsSchemas.StaleTransactionEnvelope.class)))
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The ETag of the client's copy, e.g. \"3\"", schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(IfMatch.HEADER) String ifMatch,
      @NotNull PatchTransactionRequest patch) {
    UUID transactionId = idOf(id);
    Long expected = IfMatch.expected(ifMatch, patch.version(), "version");
    RecordedTransaction changed =
        showingCurrent(() -> transactions.update(caller.accountId(), transactionId, patch.toPatch(), expected));
    return ApiResponses.okBuilderSuggesting(TransactionResponse.from(changed), ruleSuggestion(patch, changed))
        .header(HttpHeaders.ETAG, IfMatch.etag(changed.version()))
        .build();
  }

  /** A category the user chose for a merchant can become a rule; the client decides whether to offer it. */
  private NewRule ruleSuggestion(PatchTransactionRequest patch, RecordedTransaction changed) {
    String chosen = patch.categoryId();
    if (chosen == null || chosen.isEmpty() || changed.categorization().status() != CategorizationStatus.MANUAL) {
      return null;
    }
    return rules.suggestFor(caller.accountId(), changed.merchantName(), chosen).orElse(null);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Delete one of my transactions",
      description = "With If-Match (or the version parameter), only if no user changed the transaction since that "
          + "version (the categorizer's writes never count).")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "CONFLICT: stale version; error.current is the server's transaction",
      content = @Content(schema = @Schema(implementation = TransactionsSchemas.StaleTransactionEnvelope.class)))
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response delete(
      @PathParam("id") String id,
      @Parameter(description = "The ETag of the client's copy, e.g. \"3\"", schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(IfMatch.HEADER) String ifMatch,
      @Parameter(description = "Alternative to If-Match", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("version") String version) {
    UUID transactionId = idOf(id);
    Long expected = IfMatch.expected(ifMatch, versionParameter(version), "version");
    showingCurrent(() -> {
      transactions.delete(caller.accountId(), transactionId, expected);
      return null;
    });
    return ApiResponses.noContent();
  }

  private static Response withEtag(RecordedTransaction transaction) {
    return ApiResponses.okBuilder(TransactionResponse.from(transaction))
        .header(HttpHeaders.ETAG, IfMatch.etag(transaction.version()))
        .build();
  }

  /** The ledger's conflicts carry its own record; clients see it as the API's transaction. */
  private static <T> T showingCurrent(Supplier<T> call) {
    try {
      return call.get();
    } catch (ConflictException conflict) {
      if (conflict.current() instanceof RecordedTransaction current) {
        throw new ConflictException(conflict.getMessage(), TransactionResponse.from(current));
      }
      throw conflict;
    }
  }

  /** A malformed id answers 404 like any id that is not one of the caller's transactions. */
  private static UUID idOf(String id) {
    return RecordIds.orNotFound(id, () -> new RecordNotFoundException("Transaction"));
  }

  private static Long versionParameter(String version) {
    if (version == null) {
      return null;
    }
    try {
      return Long.parseLong(version.strip());
    } catch (NumberFormatException malformed) {
      throw com.duskspendr.platform.failure.InvalidInputException.of("version", "must be a whole number");
    }
  }
}
