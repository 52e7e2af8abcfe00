-- Owners whose email the auth context has verified (its AccountVerified event), kept here so that the
-- k-anonymous selection of corrections counts only them without reading another context's tables: fake
-- accounts are free to make, proven addresses are not. Owners who already had data here were registered
-- before verification existed and count as verified (the auth context marks them so too).
CREATE TABLE verified_owner (
    user_id     UUID        NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT verified_owner_pk PRIMARY KEY (user_id)
);

INSERT INTO verified_owner (user_id, verified_at)
SELECT user_id, now() FROM "transaction"
UNION
SELECT user_id, now() FROM category_correction;
