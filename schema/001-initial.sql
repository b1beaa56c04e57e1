-- rectrack schema, version 1.
--
-- Current state lives in the entity tables; every change to a
-- recommendation is also written to `event`, which is append-only.
-- Dates are TEXT 'YYYY-MM-DD', instants TEXT 'YYYY-MM-DDTHH:MM:SSZ' (UTC),
-- money INTEGER cents (NULL: not stated), flags INTEGER 0/1.
-- date(x, '+0 days') IS x holds only for a real calendar day in that form.

-- The oversight body that wrote a report.
CREATE TABLE issuer (
	id	INTEGER PRIMARY KEY,
	code	TEXT NOT NULL UNIQUE CHECK (length(code) > 0),	-- 'dhs-oig', 'gao'
	name	TEXT NOT NULL CHECK (length(name) > 0),
	kind	TEXT NOT NULL DEFAULT 'other'
		CHECK (kind IN ('oig', 'gao', 'internal', 'external', 'other'))
) STRICT;

-- The audited organisation; `parent` makes the hierarchy (DHS/CBP).
CREATE TABLE agency (
	id	INTEGER PRIMARY KEY,
	code	TEXT NOT NULL UNIQUE CHECK (length(code) > 0),	-- 'CBP'
	name	TEXT NOT NULL CHECK (length(name) > 0),
	parent_id INTEGER REFERENCES agency(id) CHECK (parent_id <> id)
) STRICT;
CREATE INDEX agency_parent ON agency(parent_id);

CREATE TABLE report (
	id	INTEGER PRIMARY KEY,
	number	TEXT NOT NULL UNIQUE CHECK (length(number) > 0),	-- 'OIG-21-48'
	sort_key TEXT NOT NULL,			-- natural-order key of number
	title	TEXT NOT NULL CHECK (length(title) > 0),
	issuer_id INTEGER NOT NULL REFERENCES issuer(id),
	type	TEXT NOT NULL DEFAULT 'audit'
		CHECK (type IN ('audit', 'inspection', 'evaluation',
		    'management-alert', 'review', 'other')),
	issued	TEXT NOT NULL CHECK (date(issued, '+0 days') IS issued),	-- issue date
	fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1 AND 10000),
	agency_id INTEGER NOT NULL REFERENCES agency(id),	-- primary agency
	url	TEXT,
	summary	TEXT,
	sensitivity TEXT NOT NULL DEFAULT 'public'
		CHECK (sensitivity IN ('public', 'redacted', 'sensitive'))
) STRICT;
CREATE INDEX report_order ON report(issued, sort_key);
CREATE INDEX report_issuer ON report(issuer_id);
CREATE INDEX report_fy ON report(fiscal_year);

-- Topic tags ("Port of Entry"), many per report.
CREATE TABLE topic (
	id	INTEGER PRIMARY KEY,
	name	TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0)
) STRICT;

CREATE TABLE report_topic (
	report_id INTEGER NOT NULL REFERENCES report(id),
	topic_id INTEGER NOT NULL REFERENCES topic(id),
	PRIMARY KEY (report_id, topic_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_topic_topic ON report_topic(topic_id);

CREATE TABLE recommendation (
	id	INTEGER PRIMARY KEY,
	report_id INTEGER NOT NULL REFERENCES report(id),
	number	TEXT NOT NULL CHECK (length(number) > 0),	-- '1', '1-1', '3a'
	sort_key TEXT NOT NULL,			-- natural-order key of number
	text	TEXT NOT NULL CHECK (length(text) > 0),
	agency_id INTEGER NOT NULL REFERENCES agency(id),	-- responsible agency
	official TEXT,				-- responsible official or office
	concurrence TEXT NOT NULL DEFAULT 'pending'
		CHECK (concurrence IN ('pending', 'concur', 'partial',
		    'non-concur', 'no-position')),
	status	TEXT NOT NULL DEFAULT 'open-pending'
		CHECK (status IN ('open-pending', 'open-unresolved',
		    'open-resolved', 'closed-implemented',
		    'closed-not-implemented')),
	target_date TEXT CHECK (date(target_date, '+0 days') IS target_date),
	original_target_date TEXT
		CHECK (date(original_target_date, '+0 days') IS original_target_date),
	resolved_date TEXT CHECK (date(resolved_date, '+0 days') IS resolved_date),
	closed_date TEXT CHECK (date(closed_date, '+0 days') IS closed_date),
	corrective_action TEXT,			-- the agency's plan
	priority INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
	significant INTEGER NOT NULL DEFAULT 0 CHECK (significant IN (0, 1)),
	on_hold	INTEGER NOT NULL DEFAULT 0 CHECK (on_hold IN (0, 1)),
	closure_requested INTEGER NOT NULL DEFAULT 0
		CHECK (closure_requested IN (0, 1)),	-- awaiting verification
	partially_addressed INTEGER NOT NULL DEFAULT 0
		CHECK (partially_addressed IN (0, 1)),	-- GAO's wording
	questioned_cost INTEGER CHECK (questioned_cost >= 0),
	unsupported_cost INTEGER CHECK (unsupported_cost >= 0),
	funds_better_use INTEGER CHECK (funds_better_use >= 0),
	potential_savings INTEGER CHECK (potential_savings >= 0),
	UNIQUE (report_id, number),
	-- a closed recommendation has a closed date, an open one none
	CHECK ((status LIKE 'closed-%') = (closed_date IS NOT NULL))
) STRICT;
CREATE INDEX recommendation_order ON recommendation(report_id, sort_key);
CREATE INDEX recommendation_agency ON recommendation(agency_id, status);
CREATE INDEX recommendation_status ON recommendation(status, target_date);

-- The history: one row per change, never updated or deleted.
CREATE TABLE event (
	id	INTEGER PRIMARY KEY,
	recommendation_id INTEGER NOT NULL REFERENCES recommendation(id),
	at	TEXT NOT NULL,			-- when recorded (UTC)
	effective TEXT NOT NULL CHECK (date(effective, '+0 days') IS effective),
	actor	TEXT NOT NULL,
	kind	TEXT NOT NULL CHECK (kind IN ('issued', 'status', 'concurrence',
		    'target', 'flag', 'field', 'note', 'imported')),
	field	TEXT,				-- attribute changed ('text', 'priority', …)
	old	TEXT,
	new	TEXT,
	note	TEXT
) STRICT;
CREATE INDEX event_recommendation ON event(recommendation_id, effective, id);

CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN
	SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN
	SELECT RAISE(ABORT, 'events are append-only');
END;

-- Every agency with its path from the top ("DHS/CBP") and its depth;
-- sort_path orders a depth-first walk of the tree.
CREATE VIEW agency_tree(id, code, name, parent, path, sort_path, depth) AS
WITH RECURSIVE t(id, code, name, parent, path, sort_path, depth) AS (
	SELECT id, code, name, NULL, code, code, 0
	FROM agency WHERE parent_id IS NULL
	UNION ALL
	SELECT a.id, a.code, a.name, t.code, t.path || '/' || a.code,
	    t.sort_path || char(1) || a.code, t.depth + 1
	FROM agency a JOIN t ON a.parent_id = t.id
)
SELECT id, code, name, parent, path, sort_path, depth FROM t;
