-- rectrack schema, version 2: full-text search.
--
-- One FTS5 index covers three kinds of text: report titles, report
-- summaries and recommendation texts.  Each text is one document of the
-- index, so that bm25 ranks them all on the same scale, and its rowid
-- (`doc`) tells what it is:
--
--   doc = recommendation.id        (> 0)    a recommendation's text
--   doc = -2 * report.id           (even)   a report's title
--   doc = -2 * report.id - 1       (odd)    a report's summary
--
-- The index is external-content: it keeps the words and their positions,
-- not a copy of the texts, which it reads from the view `search_text`
-- when a snippet is asked for.
--
-- What the index holds is stated by `search_mark`: the texts of every
-- recommendation and report whose id is at most the mark, as they are
-- now.  The triggers below keep that true when such a text changes or
-- its row goes.  A new row takes an id above the mark; the program
-- indexes the new rows in bulk, three statements, and moves the mark,
-- just before each commit (and before a search, for rows written by
-- other means).  A trigger on insert would be simpler, but FTS5 writes
-- its pending words to disk at the end of every statement that touches
-- it, and a trigger makes SQLite keep a statement journal for every
-- insert: a large import took more than three times as long.
--
-- To rebuild the index by hand, in one transaction:
--   INSERT INTO search_index(search_index) VALUES ('rebuild');
--   UPDATE search_mark SET
--     recommendation = (SELECT coalesce(max(id), 0) FROM recommendation),
--     report = (SELECT coalesce(max(id), 0) FROM report);

-- The indexed texts, one row per document.
CREATE VIEW search_text(doc, body) AS
	SELECT id, text FROM recommendation
	UNION ALL
	SELECT -2 * id, title FROM report
	UNION ALL
	SELECT -2 * id - 1, summary FROM report WHERE summary IS NOT NULL;

-- The index reads one document with "WHERE doc = ?"; these let that find
-- a title or a summary without scanning the reports (a recommendation
-- is found by its primary key).
CREATE INDEX report_title_doc ON report(-2 * id);
CREATE INDEX report_summary_doc ON report(-2 * id - 1)
	WHERE summary IS NOT NULL;

-- Words are folded to lower case without diacritics ("Médical" is
-- "medical") and reduced to their stem by the Porter stemmer, so that
-- "overdose" also finds "overdoses".
CREATE VIRTUAL TABLE search_index USING fts5(
	body,
	content = 'search_text',
	content_rowid = 'doc',
	tokenize = 'porter unicode61 remove_diacritics 2'
);

-- One row: the highest recommendation and report ids whose texts are in
-- the index (every lower one is, or no longer exists).
CREATE TABLE search_mark (
	id	INTEGER PRIMARY KEY CHECK (id = 1),
	recommendation INTEGER NOT NULL,
	report	INTEGER NOT NULL
) STRICT;

-- An external-content index is told what to forget: a 'delete' gives
-- the document's old text, exactly as it was indexed.  A text is
-- re-indexed only when it changed (the program rewrites whole rows on
-- every change of status).  A row deleted at the top lowers the mark,
-- so that the next row, which takes the freed id, is indexed.

CREATE TRIGGER recommendation_search_update
AFTER UPDATE OF id, text ON recommendation
WHEN old.id IS NOT new.id OR old.text IS NOT new.text
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    SELECT 'delete', old.id, old.text FROM search_mark
	    WHERE old.id <= recommendation;
	INSERT INTO search_index(rowid, body)
	    SELECT new.id, new.text FROM search_mark
	    WHERE new.id <= recommendation;
END;

CREATE TRIGGER recommendation_search_delete AFTER DELETE ON recommendation
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    SELECT 'delete', old.id, old.text FROM search_mark
	    WHERE old.id <= recommendation;
	UPDATE search_mark SET recommendation =
		(SELECT coalesce(max(id), 0) FROM recommendation)
	    WHERE recommendation >
		(SELECT coalesce(max(id), 0) FROM recommendation);
END;

CREATE TRIGGER report_search_title AFTER UPDATE OF id, title ON report
WHEN old.id IS NOT new.id OR old.title IS NOT new.title
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    SELECT 'delete', -2 * old.id, old.title FROM search_mark
	    WHERE old.id <= report;
	INSERT INTO search_index(rowid, body)
	    SELECT -2 * new.id, new.title FROM search_mark
	    WHERE new.id <= report;
END;

CREATE TRIGGER report_search_summary AFTER UPDATE OF id, summary ON report
WHEN old.id IS NOT new.id OR old.summary IS NOT new.summary
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    SELECT 'delete', -2 * old.id - 1, old.summary FROM search_mark
	    WHERE old.id <= report AND old.summary IS NOT NULL;
	INSERT INTO search_index(rowid, body)
	    SELECT -2 * new.id - 1, new.summary FROM search_mark
	    WHERE new.id <= report AND new.summary IS NOT NULL;
END;

CREATE TRIGGER report_search_delete AFTER DELETE ON report
BEGIN
	INSERT INTO search_index(search_index, rowid, body)
	    SELECT 'delete', -2 * old.id, old.title FROM search_mark
	    WHERE old.id <= report;
	INSERT INTO search_index(search_index, rowid, body)
	    SELECT 'delete', -2 * old.id - 1, old.summary FROM search_mark
	    WHERE old.id <= report AND old.summary IS NOT NULL;
	UPDATE search_mark
	    SET report = (SELECT coalesce(max(id), 0) FROM report)
	    WHERE report > (SELECT coalesce(max(id), 0) FROM report);
END;

-- Index what a version-1 database already holds.
INSERT INTO search_index(search_index) VALUES ('rebuild');
INSERT INTO search_mark(id, recommendation, report) VALUES (1,
	(SELECT coalesce(max(id), 0) FROM recommendation),
	(SELECT coalesce(max(id), 0) FROM report));
