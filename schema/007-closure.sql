-- rectrack schema, version 7: evidence files, and requests for closure
-- and for a later target date that someone else approves.
--
-- An evidence file's bytes are stored once, under the SHA-256 of its
-- content (64 lowercase hex digits), however many recommendations cite
-- it; the bytes are written through SQLite's incremental blob I/O, so a
-- file is never held in memory whole.  Which recommendation cites which
-- file, under what name, since when and on whose word is history: an
-- event of kind `evidence` about the recommendation, its field the
-- file's name, the hash in `new` when the file is attached and in `old`
-- when it is detached (docs/closure.md).  The bytes themselves are never
-- changed or deleted.
--
-- Requests and their decisions are events too: kind `request` (field
-- `closure` or `extension`) and kind `decision` (field `closure` or
-- `extension`, new `approved` or `returned`).  The event table is
-- rebuilt for the three new kinds, as version 6 rebuilt it.

CREATE TABLE evidence (
	id	INTEGER PRIMARY KEY,
	hash	TEXT NOT NULL UNIQUE CHECK (length(hash) = 64 AND
		    hash NOT GLOB '*[^0-9a-f]*'),
	size	INTEGER NOT NULL CHECK (size >= 0),
	data	BLOB NOT NULL CHECK (length(data) = size)
) STRICT;

CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
BEGIN
	SELECT RAISE(ABORT, 'evidence files are kept');
END;

CREATE TRIGGER evidence_no_update BEFORE UPDATE OF id, hash, size ON evidence
BEGIN
	SELECT RAISE(ABORT, 'evidence files are kept');
END;

DROP TRIGGER event_no_update;
DROP TRIGGER event_hash_once;
DROP TRIGGER event_no_delete;
DROP INDEX event_recommendation;
DROP INDEX event_report;
DROP INDEX event_agency;
DROP INDEX event_issuer;
DROP INDEX event_change;
DROP INDEX event_voids;
ALTER TABLE event RENAME TO event_6;

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
		    'added', 'renamed', 'evidence', 'request', 'decision')),
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
    official_id, subject, change_id, at, effective, actor, kind, field, old,
    new, note, voids, hash)
SELECT id, recommendation_id, report_id, agency_id, issuer_id, official_id,
    subject, change_id, at, effective, actor, kind, field, old, new, note,
    voids, hash
FROM event_6 ORDER BY id;
DROP TABLE event_6;

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
