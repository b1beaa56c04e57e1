-- rectrack schema, version 9: the search index also holds what people
-- write beside the texts: the notes of events, the corrective actions
-- of recommendations and the names of officials.
--
-- The documents' rowids (`doc`) keep version 2's numbering for the
-- texts, titles and summaries and give each new kind a range of its
-- own, 2^40 (1099511627776) wide:
--
--   doc = recommendation.id                     a recommendation's text
--   doc = 2^40 + recommendation.id              its corrective action
--   doc = 2 * 2^40 + event.id                   the note of an event
--   doc = 3 * 2^40 + official.id                an official's name
--   doc = -2 * report.id, -2 * report.id - 1    a report's title, summary
--
-- Notes are indexed for the events about a recommendation or a report
-- (those `history` shows), voided ones and the voids' own included, but
-- not the mark an import leaves on the events it writes ("import FILE",
-- the same on every one; a `note` event's text is always indexed):
-- events are never changed nor removed, so a note adds one document and
-- the index never forgets one.  Like the texts, new notes and
-- corrective actions are indexed in bulk before each commit, up to the
-- marks (search_mark.event is new); officials, few and seldom written,
-- are kept by triggers.

DROP VIEW search_text;
CREATE VIEW search_text(doc, body) AS
	SELECT id, text FROM recommendation
	UNION ALL
	SELECT 1099511627776 + id, corrective_action FROM recommendation
	WHERE corrective_action IS NOT NULL
	UNION ALL
	SELECT 2199023255552 + id, note FROM event
	WHERE note IS NOT NULL
	    AND (recommendation_id IS NOT NULL OR report_id IS NOT NULL)
	    AND (kind = 'note' OR substr(note, 1, 7) <> 'import ')
	UNION ALL
	SELECT 3298534883328 + id, name FROM official
	UNION ALL
	SELECT -2 * id, title FROM report
	UNION ALL
	SELECT -2 * id - 1, summary FROM report WHERE summary IS NOT NULL;

-- The index reads one document with "WHERE doc = ?": these find a
-- corrective action, a note or an official's name by its doc.
CREATE INDEX recommendation_action_doc ON recommendation(1099511627776 + id)
	WHERE corrective_action IS NOT NULL;
CREATE INDEX event_note_doc ON event(2199023255552 + id)
	WHERE note IS NOT NULL
	    AND (recommendation_id IS NOT NULL OR report_id IS NOT NULL)
	    AND (kind = 'note' OR substr(note, 1, 7) <> 'import ');
CREATE INDEX official_name_doc ON official(3298534883328 + id);

ALTER TABLE search_mark ADD COLUMN event INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER recommendation_search_action
AFTER UPDATE OF id, corrective_action ON recommendation
WHEN old.id IS NOT new.id
    OR old.corrective_action IS NOT new.corrective_action
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    SELECT 'delete', 1099511627776 + old.id, old.corrective_action
	    FROM search_mark
	    WHERE old.id <= recommendation
		AND old.corrective_action IS NOT NULL;
	INSERT INTO search_index(rowid, body)
	    SELECT 1099511627776 + new.id, new.corrective_action
	    FROM search_mark
	    WHERE new.id <= recommendation
		AND new.corrective_action IS NOT NULL;
END;

CREATE TRIGGER recommendation_search_action_delete
AFTER DELETE ON recommendation
WHEN old.corrective_action IS NOT NULL
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    SELECT 'delete', 1099511627776 + old.id, old.corrective_action
	    FROM search_mark WHERE old.id <= recommendation;
END;

CREATE TRIGGER official_search_insert AFTER INSERT ON official
BEGIN
	INSERT INTO search_index(rowid, body)
	    VALUES (3298534883328 + new.id, new.name);
END;

CREATE TRIGGER official_search_update AFTER UPDATE OF id, name ON official
WHEN old.id IS NOT new.id OR old.name IS NOT new.name
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    VALUES ('delete', 3298534883328 + old.id, old.name);
	INSERT INTO search_index(rowid, body)
	    VALUES (3298534883328 + new.id, new.name);
END;

CREATE TRIGGER official_search_delete AFTER DELETE ON official
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    VALUES ('delete', 3298534883328 + old.id, old.name);
END;

-- Index what a version-8 database already holds.
INSERT INTO search_index(search_index) VALUES ('rebuild');
UPDATE search_mark SET
	recommendation = (SELECT coalesce(max(id), 0) FROM recommendation),
	report = (SELECT coalesce(max(id), 0) FROM report),
	event = (SELECT coalesce(max(id), 0) FROM event);
