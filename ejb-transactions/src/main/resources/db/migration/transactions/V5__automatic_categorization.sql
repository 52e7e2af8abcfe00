-- Automatic categorization (ml context): the suggestions shown while a transaction stays pending, and the
-- lookups of the user's past corrections by merchant. Runs with search_path = transactions.

-- Top suggestions [{"categoryId": "...", "confidence": 0.42}, ...] of a transaction the categorizer was not
-- sure enough about to file; null when there are none (filed, manual, or not looked at yet).
ALTER TABLE "transaction" ADD COLUMN categorization_suggestions JSONB;

-- The merchant of a correction in the normal form rules compare (MerchantNames: trimmed, whitespace runs
-- collapsed, lower case). Written by the application; the rows before this migration are normalized here
-- the same way for ASCII text.
ALTER TABLE category_correction ADD COLUMN merchant_key VARCHAR(200);
UPDATE category_correction
   SET merchant_key = lower(regexp_replace(btrim(merchant_name), '\s+', ' ', 'g'))
 WHERE merchant_name IS NOT NULL;

-- "The user's latest correction for this merchant", asked for every transaction the categorizer sees.
CREATE INDEX category_correction_user_merchant_idx
    ON category_correction (user_id, merchant_key, corrected_at DESC);
-- Retraining's k-anonymity count: distinct users per (merchant, category).
CREATE INDEX category_correction_merchant_category_idx
    ON category_correction (merchant_key, to_category, user_id);

COMMENT ON COLUMN category_correction.merchant_key IS 'merchant_name normalized as merchant rules compare it.';
