-- rectrack schema, version 4: the amounts of the management decision.
--
-- A management decision resolves a recommendation (open-resolved, dated
-- by resolved_date); with it management agrees to disallow part or all
-- of the questioned cost and to put part or all of the funds to better
-- use.  The Inspector General Act's semiannual tables report both:
-- Table I "disallowed costs" against "costs not disallowed", Table II
-- "agreed to by management" against "not agreed to".  What is not
-- disallowed (not agreed to) is the rest of questioned_cost
-- (funds_better_use).
--
-- Cents, NULL when no decision stated an amount, like the other money
-- columns; never more than the amount the decision is about, when that
-- amount is stated.  Every change is a `field` event as well, so that
-- the amounts decided by any past day can be rebuilt.
ALTER TABLE recommendation ADD COLUMN disallowed_cost INTEGER
	CHECK (disallowed_cost >= 0 AND
	    (questioned_cost IS NULL OR disallowed_cost <= questioned_cost));
ALTER TABLE recommendation ADD COLUMN fbu_agreed INTEGER
	CHECK (fbu_agreed >= 0 AND
	    (funds_better_use IS NULL OR fbu_agreed <= funds_better_use));
