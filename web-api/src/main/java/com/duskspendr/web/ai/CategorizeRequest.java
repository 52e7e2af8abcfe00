package com.duskspendr.web.ai;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/ai/categorize}: what a transaction says about itself. Checked by {@link
 * CategorizeRequests}, which reports every invalid field at once.
 */
@Schema(name = "CategorizeRequest", requiredProperties = {"merchantName", "amount"})
public record CategorizeRequest(
    @Schema(maxLength = 200, example = "SQ *BLUE BOTTLE", description = "As the bank or the user wrote it")
        String merchantName,
    @Schema(maxLength = 500, example = "coffee with Sam") String description,
    @Schema(type = SchemaType.STRING, example = "-4.50",
        description = "Signed exact decimal (negative = money out), within ±1,000,000,000; string or number")
        BigDecimal amount) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' schema
   * annotations on its parameters, which Payara's OpenAPI scanner mishandles (see LoginRequest).
   */
  public CategorizeRequest(String merchantName, String description, BigDecimal amount) {
    this.merchantName = merchantName;
    this.description = description;
    this.amount = amount;
  }
}
