-- rectrack schema for PostgreSQL, version 9 (as schema/009-search-more.sql
-- on SQLite): a search also finds the words of the notes of events about
-- recommendations and reports, of corrective actions and of officials'
-- names.
--
-- As version 8 did for the texts, each of these has its words stored
-- beside it in a generated column, with a GIN index: a note adds the
-- words of one row, computed by the server as the event is inserted
-- (events are never changed).  The notes searched are those of
-- schema/009-search-more.sql: of events about a recommendation or a
-- report, not the mark "import FILE" an import leaves on its events
-- (a `note` event's text always); the others have no words (NULL).

ALTER TABLE rectrack.recommendation
	ADD COLUMN action_words tsvector NOT NULL
	GENERATED ALWAYS AS (rectrack.doc_words(corrective_action)) STORED;
ALTER TABLE rectrack.event
	ADD COLUMN note_words tsvector
	GENERATED ALWAYS AS (CASE WHEN note IS NOT NULL
	    AND (recommendation_id IS NOT NULL OR report_id IS NOT NULL)
	    AND (kind = 'note' OR substr(note, 1, 7) <> 'import ')
	    THEN rectrack.doc_words(note) END) STORED;
ALTER TABLE rectrack.official
	ADD COLUMN name_words tsvector NOT NULL
	GENERATED ALWAYS AS (rectrack.doc_words(name)) STORED;

CREATE INDEX recommendation_action_words ON rectrack.recommendation
	USING gin (action_words);
CREATE INDEX event_note_words ON rectrack.event USING gin (note_words)
	WHERE note_words IS NOT NULL;
CREATE INDEX official_name_words ON rectrack.official USING gin (name_words);
