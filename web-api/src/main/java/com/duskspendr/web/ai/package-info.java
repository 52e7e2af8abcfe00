/**
 * The REST boundary of automatic categorization ({@code /api/v1/ai}): categorize one or up to 500
 * transactions for the caller (their rules and corrections first, then the model), the active model, and
 * retraining (admins). Delegates to the ml context's {@code Categorizer}, {@code ModelStore} and
 * {@code Retraining}.
 */
package com.duskspendr.web.ai;
