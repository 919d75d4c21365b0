-- SQLite-specific, kept out of the model tables: the FTS5 index behind IFullTextIndex, and
-- triggers refusing changes to the append-only audit log (PostgreSQL gets its own equivalents).

-- External content: the index stores no second copy of the text; snippets read documents.text.
CREATE VIRTUAL TABLE document_fts USING fts5 (
    text,
    content = 'documents',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
