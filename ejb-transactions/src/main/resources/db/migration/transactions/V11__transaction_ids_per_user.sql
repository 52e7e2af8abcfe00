-- A transaction's id is unique per user, not across users: phones choose the ids of what they create
-- offline, and a create with an id another user already has must answer exactly as one with a fresh id
-- (a 409 there told a stranger the id exists). The key leads with user_id, which every lookup has anyway.
ALTER TABLE "transaction" DROP CONSTRAINT transaction_pk;
ALTER TABLE "transaction" ADD CONSTRAINT transaction_pk PRIMARY KEY (user_id, id);
