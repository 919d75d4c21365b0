-- PostgreSQL-specific, kept out of the model tables (as SQLite's 002 is): the tsvector index
-- behind IFullTextIndex, and triggers refusing changes to the append-only audit log.

-- One row per document; the text itself stays in documents.text (ts_headline reads it there).
-- The 'simple' configuration lowercases without stemming, matching what FTS5's unicode61 finds.
CREATE TABLE document_fts (
    document_id BIGINT   PRIMARY KEY REFERENCES documents (id),
    terms       TSVECTOR NOT NULL
);
CREATE INDEX ix_document_fts_terms ON document_fts USING GIN (terms);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

-- Row triggers do not fire on TRUNCATE; this one does.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
