-- rectrack schema for PostgreSQL, version 8 (as schema/008-search-words.sql
-- on SQLite): the words of every searchable text are stored with its row.
--
-- Each text (a recommendation's text, a report's title and summary) has
-- a tsvector column that the server computes from it on every insert
-- and update (rectrack.doc_words, a generated column), with a GIN index
-- on it.  A search finds its texts through the indexes and ranks them
-- with ts_rank_cd over the stored words, without parsing a text again;
-- version 7 indexed the expression doc_words(text) and re-read every
-- text it found to rank it.
--
-- The indexes keep the names of version 7's, which `rectrack check`
-- names; adding the columns computes them for the rows already there.

DROP INDEX rectrack.recommendation_words;
DROP INDEX rectrack.report_title_words;
DROP INDEX rectrack.report_summary_words;

ALTER TABLE rectrack.recommendation
	ADD COLUMN words tsvector NOT NULL
	GENERATED ALWAYS AS (rectrack.doc_words(text)) STORED;
ALTER TABLE rectrack.report
	ADD COLUMN title_words tsvector NOT NULL
	GENERATED ALWAYS AS (rectrack.doc_words(title)) STORED,
	ADD COLUMN summary_words tsvector NOT NULL
	GENERATED ALWAYS AS (rectrack.doc_words(summary)) STORED;

CREATE INDEX recommendation_words ON rectrack.recommendation
	USING gin (words);
CREATE INDEX report_title_words ON rectrack.report USING gin (title_words);
CREATE INDEX report_summary_words ON rectrack.report
	USING gin (summary_words);

-- The triggers on every inserted event and change set run their function
-- only for the rows that need it (a WHEN clause costs no function call):
-- event_actor for an actor other than the session's user (which only the
-- schema's owner may keep, `rectrack copy` keeping the actors of a
-- history), event_approver for an approval.  What they allow is as in
-- version 7; a bulk import no longer looks up the schema's owner for
-- each of its rows.
DROP TRIGGER event_actor ON rectrack.event;
CREATE TRIGGER event_actor BEFORE INSERT ON rectrack.event
	FOR EACH ROW WHEN (NEW.actor IS DISTINCT FROM session_user)
	EXECUTE FUNCTION rectrack.event_actor();
DROP TRIGGER change_actor ON rectrack.change;
CREATE TRIGGER change_actor BEFORE INSERT ON rectrack.change
	FOR EACH ROW WHEN (NEW.actor IS DISTINCT FROM session_user)
	EXECUTE FUNCTION rectrack.event_actor();
DROP TRIGGER event_approver ON rectrack.event;
CREATE TRIGGER event_approver BEFORE INSERT ON rectrack.event
	FOR EACH ROW WHEN (NEW.kind = 'decision' AND NEW.new = 'approved')
	EXECUTE FUNCTION rectrack.event_approver();
