-- PostgreSQL-specific, kept out of the model tables (as SQLite's 002 is): the tsvector index
-- behind IFullTextIndex, and triggers refusing changes to the append-only audit log.

-- A document's words in chunks of a few tens of thousands of characters (a tsvector must stay
-- under 1 MB, which a long report could exceed); the text itself stays in documents.text, where
-- ts_headline reads it. The 'simple' configuration lowercases without stemming, as FTS5's
-- unicode61 tokenizer does.
CREATE TABLE document_fts (
    document_id BIGINT   NOT NULL REFERENCES documents (id),
    chunk       INTEGER  NOT NULL,
    terms       TSVECTOR NOT NULL,
    PRIMARY KEY (document_id, chunk)
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
