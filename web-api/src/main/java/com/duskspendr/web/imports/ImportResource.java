package com.duskspendr.web.imports;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.transactions.imports.boundary.CsvOptions;
import com.duskspendr.transactions.imports.boundary.ImportProgress;
import com.duskspendr.transactions.imports.boundary.StatementFormat;
import com.duskspendr.transactions.imports.boundary.StatementImport;
import com.duskspendr.transactions.imports.boundary.StatementUpload;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import com.duskspendr.web.request.BodyLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports a bank statement into the caller's transactions. The body is the file itself; its content type
 * says the format ({@code text/csv}, or an OFX/QFX type); with {@code application/octet-stream} or
 * {@code text/plain} the content decides. CSV mapping options are query parameters.
 */
@Scoped(read = ApiScopes.TRANSACTIONS_READ, write = ApiScopes.TRANSACTIONS_WRITE)
@Path("v1/transactions/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Transactions")
public class ImportResource {

  static final String TEXT_CSV = "text/csv";
  static final String OFX = "application/x-ofx";
  static final String OFX_ALT = "application/ofx";
  static final String QFX = "application/vnd.intu.qfx";
  static final String QFX_ALT = "application/x-qfx";
  static final String QIF = "application/qif";
  static final String QIF_ALT = "application/x-qif";
  static final String QIF_TEXT = "text/x-qif";
  static final String XML = "application/xml";
  static final String XML_TEXT = "text/xml";
  static final String CAMT = "application/vnd.iso20022.camt.053+xml";

  /** The file's size cap, which the import itself also enforces: the body is the file. */
  static final String MAX_BYTES_KEY = "duskspendr.import.max-bytes";
  static final long DEFAULT_MAX_BYTES = 5_242_880;

  @Inject StatementImport statements;
  @Inject Caller caller;

  @POST
  @Consumes({TEXT_CSV, OFX, OFX_ALT, QFX, QFX_ALT, QIF, QIF_ALT, QIF_TEXT, XML, XML_TEXT, CAMT,
      MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @BodyLimit(configKey = MAX_BYTES_KEY, defaultBytes = DEFAULT_MAX_BYTES)
  @Operation(summary = "Import a bank statement (CSV, OFX/QFX, QIF or ISO 20022 CAMT.053)",
      description = "Lines already stored (same external id, e.g. OFX FITID, or same date, amount and merchant) and "
          + "repeated lines of the file are skipped and counted as duplicates. A bad line is reported with its line "
          + "number and does not stop the others. Imported transactions are categorized like any other. At most "
          + "10,000 lines and 5 MiB per file (duskspendr.import.max-lines, duskspendr.import.max-bytes).")
  @RequestBody(required = true, content = {
      @Content(mediaType = TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
      @Content(mediaType = OFX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
      @Content(mediaType = QFX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
  @APIResponse(responseCode = "200", description = "A small file (duskspendr.import.sync-max-lines, 500 lines): what was "
      + "imported, skipped and refused",
      content = @Content(schema = @Schema(implementation = ImportSchemas.ImportEnvelope.class)))
  @APIResponse(responseCode = "202", description = "A larger file is imported in the background: follow Location "
      + "(GET /api/v1/transactions/imports/{id}) until its status is done or failed",
      headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Location",
          schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = ImportSchemas.ImportStatusEnvelope.class)))
  @APIResponse(responseCode = "429", ref = ApiDocs.RATE_LIMITED)
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response importStatement(
      byte[] file,
      @Context UriInfo uri,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(description = "CSV: header of the date column (default: detected, e.g. Date, Posted Date)") @QueryParam("dateColumn") String dateColumn,
      @Parameter(description = "CSV: header of the signed amount column") @QueryParam("amountColumn") String amountColumn,
      @Parameter(description = "CSV: header of the money-out column (with creditColumn, instead of an amount)") @QueryParam("debitColumn") String debitColumn,
      @Parameter(description = "CSV: header of the money-in column") @QueryParam("creditColumn") String creditColumn,
      @Parameter(description = "CSV: header of the merchant column") @QueryParam("merchantColumn") String merchantColumn,
      @Parameter(description = "CSV: header of the description column") @QueryParam("descriptionColumn") String descriptionColumn,
      @Parameter(description = "CSV: header of the bank's transaction id column") @QueryParam("externalIdColumn") String externalIdColumn,
      @Parameter(description = "CSV: header of a per-line currency column") @QueryParam("currencyColumn") String currencyColumn,
      @Parameter(description = "CSV: date pattern such as dd/MM/yyyy (default ISO yyyy-MM-dd)") @QueryParam("dateFormat") String dateFormat,
      @Parameter(description = "CSV: . or ,") @QueryParam("decimalSeparator") @DefaultValue(".") String decimalSeparator,
      @Parameter(description = "CSV: field separator , ; or tab (default: detected from the header)") @QueryParam("delimiter") String delimiter,
      @Parameter(description = "Currency of lines that do not say (default: my preferred currency)") @QueryParam("currency") String currency,
      @Parameter(description = "QIF: MDY (US, 03/04 is March 4) or DMY (day first); default: decided from the file's dates")
          @QueryParam("dateOrder") String dateOrder) {
    CsvOptions csv = new CsvOptions(dateColumn, amountColumn, debitColumn, creditColumn, merchantColumn,
        descriptionColumn, externalIdColumn, currencyColumn, dateFormat, singleChar("decimalSeparator", decimalSeparator),
        delimiter == null ? null : delimiter(delimiter), currency == null ? null : currency.toUpperCase(Locale.ROOT));
    var upload = new StatementUpload(
        file == null ? new byte[0] : file, formatOf(contentType), csv, charsetOf(contentType), dateOrder);
    ImportProgress started = statements.start(caller.accountId(), upload);
    if (started.synchronous()) {
      return ApiResponses.ok(ImportResponse.from(started.report()));
    }
    return ApiResponses.accepted(
        uri.getBaseUriBuilder().path("v1/transactions/imports").path(started.id().toString()).build(),
        ImportStatusResponse.from(started));
  }

  static StatementFormat formatOf(String contentType) {
    if (contentType == null) {
      return StatementFormat.DETECT;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case TEXT_CSV -> StatementFormat.CSV;
      case OFX, OFX_ALT, QFX, QFX_ALT -> StatementFormat.OFX;
      case QIF, QIF_ALT, QIF_TEXT -> StatementFormat.QIF;
      case CAMT -> StatementFormat.CAMT053;
      // Plain XML may be OFX 2 or CAMT.053: the content decides.
      default -> StatementFormat.DETECT;
    };
  }

  /** The content type's {@code charset} parameter, unquoted; null when it has none. */
  static String charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String value = pair[1].strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  private static char singleChar(String field, String value) {
    if (value.equals(".") || value.equals(",")) {
      return value.charAt(0);
    }
    throw InvalidInputException.of(field, "must be . or ,");
  }

  private static char delimiter(String value) {
    return switch (value) {
      case ",", ";", "|" -> value.charAt(0);
      case "\t", "tab", "\\t" -> '\t';
      default -> throw InvalidInputException.of("delimiter", "must be , ; | or tab");
    };
  }
}
