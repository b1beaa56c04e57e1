-- rectrack schema, version 5: change sets, voids and the hash chain.
--
-- Every command (and every import) records its events under one change
-- set: a row of `change` with when it was recorded, by whom and the
-- command as typed.  A mistaken change is corrected by voiding it: a
-- `void` event per event of the change, naming the event it voids
-- (`voids`); nothing is updated or deleted, and the history is rebuilt
-- without the voided events.  A void can be voided in turn.
--
-- Each event also carries `hash`, the SHA-256 (hex) of the previous
-- event's hash (in id order) and a canonical encoding of its own fields
-- (docs/corrections.md), so that an event altered, deleted or inserted
-- behind rectrack's back breaks the chain at that event.  The hashes of
-- events recorded before this version are computed by the upgrade,
-- which sets each one once; no other column may ever change.
--
-- Events recorded before change sets existed are grouped into one change
-- per recording instant and actor.

CREATE TABLE change (
	id	INTEGER PRIMARY KEY,
	at	TEXT NOT NULL,			-- when recorded (UTC)
	actor	TEXT NOT NULL,
	command	TEXT NOT NULL			-- the command as typed
) STRICT;

INSERT INTO change(at, actor, command)
SELECT at, actor, '(recorded before change sets)'
FROM event GROUP BY at, actor ORDER BY min(id);

DROP TRIGGER event_no_update;
DROP TRIGGER event_no_delete;
DROP INDEX event_recommendation;
ALTER TABLE event RENAME TO event_4;

-- An event is about one recommendation, or (from this version) about a
-- report, an agency or an issuer itself: exactly one of the four.  The
-- subject of the others is written down as it was ('report OIG-21-19',
-- 'agency CBP'), since a code can be renamed.
CREATE TABLE event (
	id	INTEGER PRIMARY KEY,
	recommendation_id INTEGER REFERENCES recommendation(id),
	report_id INTEGER REFERENCES report(id),
	agency_id INTEGER REFERENCES agency(id),
	issuer_id INTEGER REFERENCES issuer(id),
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
	    (agency_id IS NOT NULL) + (issuer_id IS NOT NULL) = 1),
	CHECK ((recommendation_id IS NULL) = (subject IS NOT NULL))
) STRICT;

INSERT INTO event(id, recommendation_id, change_id, at, effective, actor,
    kind, field, old, new, note)
SELECT e.id, e.recommendation_id, c.id, e.at, e.effective, e.actor, e.kind,
    e.field, e.old, e.new, e.note
FROM event_4 e JOIN change c ON c.at = e.at AND c.actor = e.actor
ORDER BY e.id;
DROP TABLE event_4;

CREATE INDEX event_recommendation ON event(recommendation_id, effective, id);
CREATE INDEX event_report ON event(report_id) WHERE report_id IS NOT NULL;
CREATE INDEX event_agency ON event(agency_id) WHERE agency_id IS NOT NULL;
CREATE INDEX event_issuer ON event(issuer_id) WHERE issuer_id IS NOT NULL;
CREATE INDEX event_change ON event(change_id);
CREATE INDEX event_voids ON event(voids);
CREATE INDEX change_actor ON change(actor, id);

-- Append-only: an event's hash is set once (by the upgrade, for events
-- recorded before it), nothing else ever changes, nothing is deleted.
CREATE TRIGGER event_no_update BEFORE UPDATE OF id, recommendation_id,
    report_id, agency_id, issuer_id, subject, change_id, at, effective,
    actor, kind, field, old, new, note, voids ON event
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

CREATE TRIGGER change_no_update BEFORE UPDATE ON change
BEGIN
	SELECT RAISE(ABORT, 'change sets are append-only');
END;

CREATE TRIGGER change_no_delete BEFORE DELETE ON change
BEGIN
	SELECT RAISE(ABORT, 'change sets are append-only');
END;

-- The register's own name (8 hex digits, made once): a change set is
-- written UID-N where it may meet another register's (an export, a
-- memo), so that a change of another register is never voided here.
CREATE TABLE register (
	id	INTEGER PRIMARY KEY CHECK (id = 1),
	uid	TEXT NOT NULL CHECK (length(uid) = 8)
) STRICT;
INSERT INTO register(id, uid) VALUES (1, lower(hex(randomblob(4))));
