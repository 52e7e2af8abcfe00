-- Categories and merchant rules (component "categories"). Runs with search_path = transactions.
--
-- One table holds the system taxonomy (owner_id NULL, seeded below) and every user's own subcategories
-- (owner_id = the account). A category id is a stable slug: a primary ("food_and_drink"), a system
-- subcategory ("food_and_drink.groceries") or a user's own subcategory, whose id also starts with its
-- primary and a dot ("food_and_drink.bubble_tea-x7k2qa"). There are exactly two levels.
--
-- owner_id columns are account ids from auth, deliberately without a foreign key: contexts share no
-- tables; rows are erased by the AccountDeleted observer in the deleting transaction.

CREATE TABLE category (
    id          TEXT         NOT NULL,
    parent_id   TEXT,
    owner_id    UUID,
    name        VARCHAR(50)  NOT NULL,
    icon        VARCHAR(40)  NOT NULL,
    hidden      BOOLEAN      NOT NULL,
    system      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,

    CONSTRAINT category_pk PRIMARY KEY (id),
    CONSTRAINT category_parent_fk FOREIGN KEY (parent_id) REFERENCES category (id),
    CONSTRAINT category_id_slug CHECK (length(id) <= 100 AND id ~ '^[a-z][a-z_]*(\.[a-z0-9][a-z0-9_-]*)?$'),
    -- A primary has no dot and no parent; a subcategory's id starts with its parent's id and a dot,
    -- which also makes every parent a primary.
    CONSTRAINT category_parent_is_prefix CHECK (
        (parent_id IS NULL AND position('.' IN id) = 0)
        OR (parent_id IS NOT NULL AND id LIKE parent_id || '.%' AND position('.' IN parent_id) = 0)),
    CONSTRAINT category_system_has_no_owner CHECK (system = (owner_id IS NULL)),
    CONSTRAINT category_users_add_only_subcategories CHECK (system OR parent_id IS NOT NULL),
    CONSTRAINT category_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT category_icon_key CHECK (icon ~ '^[a-z0-9_-]{1,40}$')
);

-- The caller's own subcategories (tree, limit count, account deletion).
CREATE INDEX category_owner_idx ON category (owner_id, parent_id) WHERE owner_id IS NOT NULL;

-- A user's view of a system category: renamed and/or hidden for that user only. System rows never change
-- per user; users' own subcategories carry their name and hidden flag on their own row instead.
CREATE TABLE category_preference (
    owner_id      UUID         NOT NULL,
    category_id   TEXT         NOT NULL,
    display_name  VARCHAR(50),
    hidden        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,

    CONSTRAINT category_preference_pk PRIMARY KEY (owner_id, category_id),
    CONSTRAINT category_preference_category_fk FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT category_preference_name_not_blank CHECK (display_name IS NULL OR btrim(display_name) <> '')
);

-- "Merchant matches X -> category Y". The pattern is stored normalized (trimmed, inner whitespace collapsed,
-- lower case), so matching compares normalized strings. Lower priority numbers are tried first.
CREATE TABLE merchant_rule (
    id           UUID          NOT NULL,
    owner_id     UUID          NOT NULL,
    pattern      VARCHAR(100)  NOT NULL,
    match_type   VARCHAR(8)    NOT NULL,
    category_id  TEXT          NOT NULL,
    priority     INTEGER       NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,

    CONSTRAINT merchant_rule_pk PRIMARY KEY (id),
    -- Deleting a category deletes the rules that file into it (the service reports each to the change log
    -- first; the cascade covers account deletion).
    CONSTRAINT merchant_rule_category_fk FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE CASCADE,
    CONSTRAINT merchant_rule_match_type CHECK (match_type IN ('exact', 'prefix', 'contains')),
    CONSTRAINT merchant_rule_pattern_normalized CHECK (pattern <> '' AND pattern = lower(pattern)),
    CONSTRAINT merchant_rule_priority_range CHECK (priority BETWEEN 0 AND 1000),
    CONSTRAINT merchant_rule_unique_pattern UNIQUE (owner_id, match_type, pattern)
);

CREATE INDEX merchant_rule_category_idx ON merchant_rule (category_id);

COMMENT ON TABLE category IS 'System taxonomy (owner_id NULL) and users'' own subcategories.';
COMMENT ON TABLE category_preference IS 'Per-user name and hidden flag of system categories.';
COMMENT ON TABLE merchant_rule IS 'Per-user merchant rules; erased with the account.';

-- The system taxonomy: Plaid's Personal Finance Category primaries, each with its detailed categories as
-- "primary.detail" slugs (Plaid's FOOD_AND_DRINK_GROCERIES is food_and_drink.groceries). Display names
-- and icon keys are ours. Slugs are a contract with every client and stored record: never rename one.
INSERT INTO category (id, parent_id, name, icon, hidden, system, owner_id, version, created_at, updated_at)
SELECT s.id, s.parent_id, s.name, s.icon, FALSE, TRUE, NULL, 0, now(), now()
FROM (VALUES
    ('income', NULL, 'Income', 'income'),
    ('transfer_in', NULL, 'Transfers in', 'transfer_in'),
    ('transfer_out', NULL, 'Transfers out', 'transfer_out'),
    ('loan_payments', NULL, 'Loan payments', 'loan_payments'),
    ('bank_fees', NULL, 'Bank fees', 'bank_fees'),
    ('entertainment', NULL, 'Entertainment', 'entertainment'),
    ('food_and_drink', NULL, 'Food and drink', 'food_and_drink'),
    ('general_merchandise', NULL, 'General merchandise', 'shopping'),
    ('home_improvement', NULL, 'Home improvement', 'home'),
    ('medical', NULL, 'Medical', 'medical'),
    ('personal_care', NULL, 'Personal care', 'personal_care'),
    ('general_services', NULL, 'General services', 'services'),
    ('government_and_non_profit', NULL, 'Government and non-profit', 'government'),
    ('transportation', NULL, 'Transportation', 'transportation'),
    ('travel', NULL, 'Travel', 'travel'),
    ('rent_and_utilities', NULL, 'Rent and utilities', 'rent_and_utilities'),
    ('income.dividends', 'income', 'Dividends', 'dividends'),
    ('income.interest_earned', 'income', 'Interest earned', 'interest'),
    ('income.retirement_pension', 'income', 'Retirement and pension', 'pension'),
    ('income.tax_refund', 'income', 'Tax refund', 'tax_refund'),
    ('income.unemployment', 'income', 'Unemployment benefits', 'benefits'),
    ('income.wages', 'income', 'Wages and salary', 'wages'),
    ('income.other_income', 'income', 'Other income', 'income'),
    ('transfer_in.cash_advances_and_loans', 'transfer_in', 'Cash advances and loans', 'loan'),
    ('transfer_in.deposit', 'transfer_in', 'Deposits', 'deposit'),
    ('transfer_in.investment_and_retirement_funds', 'transfer_in', 'Investment and retirement funds', 'investment'),
    ('transfer_in.savings', 'transfer_in', 'Savings', 'savings'),
    ('transfer_in.account_transfer', 'transfer_in', 'Account transfer', 'transfer'),
    ('transfer_in.other_transfer_in', 'transfer_in', 'Other transfers in', 'transfer_in'),
    ('transfer_out.investment_and_retirement_funds', 'transfer_out', 'Investment and retirement funds', 'investment'),
    ('transfer_out.savings', 'transfer_out', 'Savings', 'savings'),
    ('transfer_out.withdrawal', 'transfer_out', 'Withdrawals', 'cash'),
    ('transfer_out.account_transfer', 'transfer_out', 'Account transfer', 'transfer'),
    ('transfer_out.other_transfer_out', 'transfer_out', 'Other transfers out', 'transfer_out'),
    ('loan_payments.car_payment', 'loan_payments', 'Car payment', 'car'),
    ('loan_payments.credit_card_payment', 'loan_payments', 'Credit card payment', 'credit_card'),
    ('loan_payments.personal_loan_payment', 'loan_payments', 'Personal loan payment', 'loan'),
    ('loan_payments.mortgage_payment', 'loan_payments', 'Mortgage payment', 'mortgage'),
    ('loan_payments.student_loan_payment', 'loan_payments', 'Student loan payment', 'student_loan'),
    ('loan_payments.other_payment', 'loan_payments', 'Other payments', 'loan_payments'),
    ('bank_fees.atm_fees', 'bank_fees', 'ATM fees', 'atm'),
    ('bank_fees.foreign_transaction_fees', 'bank_fees', 'Foreign transaction fees', 'foreign_exchange'),
    ('bank_fees.insufficient_funds', 'bank_fees', 'Insufficient funds', 'warning'),
    ('bank_fees.interest_charge', 'bank_fees', 'Interest charges', 'interest'),
    ('bank_fees.overdraft_fees', 'bank_fees', 'Overdraft fees', 'overdraft'),
    ('bank_fees.other_bank_fees', 'bank_fees', 'Other bank fees', 'bank_fees'),
    ('entertainment.casinos_and_gambling', 'entertainment', 'Casinos and gambling', 'casino'),
    ('entertainment.music_and_audio', 'entertainment', 'Music and audio', 'music'),
    ('entertainment.sporting_events_amusement_parks_and_museums', 'entertainment', 'Events, amusement parks and museums', 'ticket'),
    ('entertainment.tv_and_movies', 'entertainment', 'TV and movies', 'movie'),
    ('entertainment.video_games', 'entertainment', 'Video games', 'game'),
    ('entertainment.other_entertainment', 'entertainment', 'Other entertainment', 'entertainment'),
    ('food_and_drink.beer_wine_and_liquor', 'food_and_drink', 'Beer, wine and liquor', 'liquor'),
    ('food_and_drink.coffee', 'food_and_drink', 'Coffee', 'coffee'),
    ('food_and_drink.fast_food', 'food_and_drink', 'Fast food', 'fast_food'),
    ('food_and_drink.groceries', 'food_and_drink', 'Groceries', 'groceries'),
    ('food_and_drink.restaurant', 'food_and_drink', 'Restaurants', 'restaurant'),
    ('food_and_drink.vending_machines', 'food_and_drink', 'Vending machines', 'vending'),
    ('food_and_drink.other_food_and_drink', 'food_and_drink', 'Other food and drink', 'food_and_drink'),
    ('general_merchandise.bookstores_and_newsstands', 'general_merchandise', 'Bookstores and newsstands', 'book'),
    ('general_merchandise.clothing_and_accessories', 'general_merchandise', 'Clothing and accessories', 'clothing'),
    ('general_merchandise.convenience_stores', 'general_merchandise', 'Convenience stores', 'convenience_store'),
    ('general_merchandise.department_stores', 'general_merchandise', 'Department stores', 'department_store'),
    ('general_merchandise.discount_stores', 'general_merchandise', 'Discount stores', 'discount'),
    ('general_merchandise.electronics', 'general_merchandise', 'Electronics', 'electronics'),
    ('general_merchandise.gifts_and_novelties', 'general_merchandise', 'Gifts and novelties', 'gift'),
    ('general_merchandise.office_supplies', 'general_merchandise', 'Office supplies', 'office'),
    ('general_merchandise.online_marketplaces', 'general_merchandise', 'Online marketplaces', 'online_shopping'),
    ('general_merchandise.pet_supplies', 'general_merchandise', 'Pet supplies', 'pet'),
    ('general_merchandise.sporting_goods', 'general_merchandise', 'Sporting goods', 'sports'),
    ('general_merchandise.superstores', 'general_merchandise', 'Superstores', 'store'),
    ('general_merchandise.tobacco_and_vape', 'general_merchandise', 'Tobacco and vape', 'tobacco'),
    ('general_merchandise.other_general_merchandise', 'general_merchandise', 'Other merchandise', 'shopping'),
    ('home_improvement.furniture', 'home_improvement', 'Furniture', 'furniture'),
    ('home_improvement.hardware', 'home_improvement', 'Hardware', 'hardware'),
    ('home_improvement.repair_and_maintenance', 'home_improvement', 'Repair and maintenance', 'repair'),
    ('home_improvement.security', 'home_improvement', 'Home security', 'security'),
    ('home_improvement.other_home_improvement', 'home_improvement', 'Other home improvement', 'home'),
    ('medical.dental_care', 'medical', 'Dental care', 'dental'),
    ('medical.eye_care', 'medical', 'Eye care', 'eye'),
    ('medical.nursing_care', 'medical', 'Nursing care', 'nursing'),
    ('medical.pharmacies_and_supplements', 'medical', 'Pharmacies and supplements', 'pharmacy'),
    ('medical.primary_care', 'medical', 'Primary care', 'doctor'),
    ('medical.veterinary_services', 'medical', 'Veterinary services', 'veterinary'),
    ('medical.other_medical', 'medical', 'Other medical', 'medical'),
    ('personal_care.gyms_and_fitness_centers', 'personal_care', 'Gyms and fitness centers', 'fitness'),
    ('personal_care.hair_and_beauty', 'personal_care', 'Hair and beauty', 'beauty'),
    ('personal_care.laundry_and_dry_cleaning', 'personal_care', 'Laundry and dry cleaning', 'laundry'),
    ('personal_care.other_personal_care', 'personal_care', 'Other personal care', 'personal_care'),
    ('general_services.accounting_and_financial_planning', 'general_services', 'Accounting and financial planning', 'accounting'),
    ('general_services.automotive', 'general_services', 'Automotive services', 'car_service'),
    ('general_services.childcare', 'general_services', 'Childcare', 'childcare'),
    ('general_services.consulting_and_legal', 'general_services', 'Consulting and legal', 'legal'),
    ('general_services.education', 'general_services', 'Education', 'education'),
    ('general_services.insurance', 'general_services', 'Insurance', 'insurance'),
    ('general_services.postage_and_shipping', 'general_services', 'Postage and shipping', 'shipping'),
    ('general_services.storage', 'general_services', 'Storage', 'storage'),
    ('general_services.other_general_services', 'general_services', 'Other services', 'services'),
    ('government_and_non_profit.donations', 'government_and_non_profit', 'Donations', 'donation'),
    ('government_and_non_profit.government_departments_and_agencies', 'government_and_non_profit', 'Government departments and agencies', 'government'),
    ('government_and_non_profit.tax_payment', 'government_and_non_profit', 'Tax payments', 'tax'),
    ('government_and_non_profit.other_government_and_non_profit', 'government_and_non_profit', 'Other government and non-profit', 'government'),
    ('transportation.bikes_and_scooters', 'transportation', 'Bikes and scooters', 'bike'),
    ('transportation.gas', 'transportation', 'Gas and fuel', 'fuel'),
    ('transportation.parking', 'transportation', 'Parking', 'parking'),
    ('transportation.public_transit', 'transportation', 'Public transit', 'transit'),
    ('transportation.taxis_and_ride_shares', 'transportation', 'Taxis and ride shares', 'taxi'),
    ('transportation.tolls', 'transportation', 'Tolls', 'toll'),
    ('transportation.other_transportation', 'transportation', 'Other transportation', 'transportation'),
    ('travel.flights', 'travel', 'Flights', 'flight'),
    ('travel.lodging', 'travel', 'Lodging', 'hotel'),
    ('travel.rental_cars', 'travel', 'Rental cars', 'rental_car'),
    ('travel.other_travel', 'travel', 'Other travel', 'travel'),
    ('rent_and_utilities.gas_and_electricity', 'rent_and_utilities', 'Gas and electricity', 'electricity'),
    ('rent_and_utilities.internet_and_cable', 'rent_and_utilities', 'Internet and cable', 'internet'),
    ('rent_and_utilities.rent', 'rent_and_utilities', 'Rent', 'rent'),
    ('rent_and_utilities.sewage_and_waste_management', 'rent_and_utilities', 'Sewage and waste management', 'waste'),
    ('rent_and_utilities.telephone', 'rent_and_utilities', 'Telephone', 'phone'),
    ('rent_and_utilities.water', 'rent_and_utilities', 'Water', 'water'),
    ('rent_and_utilities.other_utilities', 'rent_and_utilities', 'Other utilities', 'utilities')
) AS s (id, parent_id, name, icon)
-- Primaries first, so that every subcategory's parent exists when its row is checked.
ORDER BY s.parent_id NULLS FIRST, s.id;
