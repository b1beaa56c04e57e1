-- rectrack schema, version 6: officials as records.
--
-- The officials to whom recommendations are assigned are rows of their
-- own: a code (the rules of agency codes), a name, an optional e-mail
-- address, agency, title and the official they report to.  A
-- recommendation's `official` column holds the official's code (NULL
-- when none), as `official rename` keeps it.  Officials become a fourth
-- subject of events: the event table gains `official_id`, one of the
-- five subjects of an event.
--
-- The free-text officials of older databases become officials in the
-- upgrade itself (src/store: one official per distinct text, with a
-- `renamed` event from the text to its code).

CREATE TABLE official (
	id	INTEGER PRIMARY KEY,
	code	TEXT NOT NULL UNIQUE CHECK (length(code) > 0),	-- 'cbp-ofo'
	name	TEXT NOT NULL CHECK (length(name) > 0),
	email	TEXT,
	agency_id INTEGER REFERENCES agency(id),
	title	TEXT,
	reports_to INTEGER REFERENCES official(id) CHECK (reports_to <> id)
) STRICT;
CREATE INDEX official_agency ON official(agency_id);
CREATE INDEX official_reports_to ON official(reports_to);
-- a recommendation's official is an official's code: the queues, the
-- open counts and a rename find them by it
CREATE INDEX recommendation_official ON recommendation(official)
	WHERE official IS NOT NULL;

DROP TRIGGER event_no_update;
DROP TRIGGER event_hash_once;
DROP TRIGGER event_no_delete;
DROP INDEX event_recommendation;
DROP INDEX event_report;
DROP INDEX event_agency;
DROP INDEX event_issuer;
DROP INDEX event_change;
DROP INDEX event_voids;
ALTER TABLE event RENAME TO event_5;

CREATE TABLE event (
	id	INTEGER PRIMARY KEY,
	recommendation_id INTEGER REFERENCES recommendation(id),
	report_id INTEGER REFERENCES report(id),
	agency_id INTEGER REFERENCES agency(id),
	issuer_id INTEGER REFERENCES issuer(id),
	official_id INTEGER REFERENCES official(id),
	subject	TEXT,
	change_id INTEGER NOT NULL REFERENCES change(id),
	at	TEXT NOT NULL,			-- when recorded (UTC)
	effective TEXT NOT NULL CHECK (date(effective, '+0 days') IS effective),
	actor	TEXT NOT NULL,
	kind	TEXT NOT NULL CHECK (kind IN ('issued', 'status', 'concurrence',
		    'target', 'flag', 'field', 'note', 'imported', 'void',
		    'added', 'renamed')),
	field	TEXT,				-- attribute changed ('text', 'priority', …)
	old	TEXT,
	new	TEXT,
	note	TEXT,
	voids	INTEGER REFERENCES event(id),	-- kind 'void': the event voided
	hash	TEXT,				-- the chain (set once)
	CHECK ((kind = 'void') = (voids IS NOT NULL)),
	CHECK ((recommendation_id IS NOT NULL) + (report_id IS NOT NULL) +
	    (agency_id IS NOT NULL) + (issuer_id IS NOT NULL) +
	    (official_id IS NOT NULL) = 1),
	CHECK ((recommendation_id IS NULL) = (subject IS NOT NULL))
) STRICT;

INSERT INTO event(id, recommendation_id, report_id, agency_id, issuer_id,
    subject, change_id, at, effective, actor, kind, field, old, new, note,
    voids, hash)
SELECT id, recommendation_id, report_id, agency_id, issuer_id, subject,
    change_id, at, effective, actor, kind, field, old, new, note, voids, hash
FROM event_5 ORDER BY id;
DROP TABLE event_5;

CREATE INDEX event_recommendation ON event(recommendation_id, effective, id);
CREATE INDEX event_report ON event(report_id) WHERE report_id IS NOT NULL;
CREATE INDEX event_agency ON event(agency_id) WHERE agency_id IS NOT NULL;
CREATE INDEX event_issuer ON event(issuer_id) WHERE issuer_id IS NOT NULL;
CREATE INDEX event_official ON event(official_id)
    WHERE official_id IS NOT NULL;
CREATE INDEX event_change ON event(change_id);
CREATE INDEX event_voids ON event(voids);

CREATE TRIGGER event_no_update BEFORE UPDATE OF id, recommendation_id,
    report_id, agency_id, issuer_id, official_id, subject, change_id, at,
    effective, actor, kind, field, old, new, note, voids ON event
BEGIN
	SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER event_hash_once BEFORE UPDATE OF hash ON event
WHEN OLD.hash IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN
	SELECT RAISE(ABORT, 'events are append-only');
END;
