-- The logical schema shared with PostgreSQL: TEXT, INTEGER, REAL (and the original bytes as a
-- BLOB); instants and dates are ISO 8601 TEXT; booleans are INTEGER 0/1; JSON is TEXT.
-- Ids are database-assigned except audit_log.id, which the writer assigns in chain order.

CREATE TABLE sources (
    id                  INTEGER PRIMARY KEY,
    sha256              TEXT    NOT NULL UNIQUE,
    file_name           TEXT    NOT NULL,
    media_type          TEXT    NOT NULL,
    size_bytes          INTEGER NOT NULL,
    title               TEXT,
    publisher           TEXT,
    published           TEXT,                 -- YYYY, YYYY-MM or YYYY-MM-DD
    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year', 'range')),
    published_inferred  INTEGER NOT NULL DEFAULT 0,
    url                 TEXT,
    language            TEXT,
    reliability         TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    added_by            TEXT    NOT NULL,
    added_at            TEXT    NOT NULL,
    content             BLOB    NOT NULL      -- last: listing sources never reads past it
);

CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER NOT NULL REFERENCES sources (id),
    text              TEXT    NOT NULL,
    text_sha256       TEXT    NOT NULL,
    extractor_version TEXT    NOT NULL,
    warnings          TEXT,
    created_at        TEXT    NOT NULL,
    UNIQUE (source_id, extractor_version)
);

CREATE TABLE extractions (
    id               INTEGER PRIMARY KEY,
    document_id      INTEGER NOT NULL REFERENCES documents (id),
    pipeline_version TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'running', 'done', 'failed')),
    error            TEXT,
    document_date    TEXT,
    document_date_precision TEXT,
    document_date_reasoning TEXT,
    result_json      TEXT,
    queued_at        TEXT    NOT NULL,
    started_at       TEXT,
    finished_at      TEXT,
    duration_ms      INTEGER
);
CREATE INDEX ix_extractions_document ON extractions (document_id);
CREATE INDEX ix_extractions_status ON extractions (status);

CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    extraction_id INTEGER NOT NULL REFERENCES extractions (id),
    kind          TEXT    NOT NULL,           -- date, quantity, entity, trigger, …
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    label         TEXT,
    value         TEXT,                       -- normalised value
    CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX ix_mentions_extraction ON mentions (extraction_id);

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    kind        TEXT,                         -- person, organisation, state_force, armed_group, …
    country     TEXT,
    note        TEXT,
    merged_into INTEGER REFERENCES actors (id),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL
);

CREATE TABLE actor_aliases (
    id               INTEGER PRIMARY KEY,
    actor_id         INTEGER NOT NULL REFERENCES actors (id),
    alias            TEXT    NOT NULL,
    normalized_alias TEXT    NOT NULL,
    source_id        INTEGER REFERENCES sources (id),
    UNIQUE (actor_id, normalized_alias)
);
CREATE INDEX ix_actor_aliases_alias ON actor_aliases (normalized_alias);

CREATE TABLE places (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    country     TEXT,
    admin1      TEXT,
    lat         REAL,
    lon         REAL,
    precision   TEXT,                         -- point, city, region, country
    merged_into INTEGER REFERENCES places (id),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL
);

CREATE TABLE place_aliases (
    id               INTEGER PRIMARY KEY,
    place_id         INTEGER NOT NULL REFERENCES places (id),
    alias            TEXT    NOT NULL,
    normalized_alias TEXT    NOT NULL,
    language         TEXT,
    UNIQUE (place_id, normalized_alias)
);
CREATE INDEX ix_place_aliases_alias ON place_aliases (normalized_alias);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    type           TEXT    NOT NULL,
    also           TEXT,                      -- JSON array of other act types
    title          TEXT,
    date_start     TEXT,
    date_end       TEXT,
    date_precision TEXT,
    place_id       INTEGER REFERENCES places (id),
    status         TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    version        INTEGER NOT NULL DEFAULT 1,  -- optimistic concurrency
    merged_into    INTEGER REFERENCES events (id),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE INDEX ix_events_type_date ON events (type, date_start);
CREATE INDEX ix_events_place ON events (place_id);

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES events (id),
    field         TEXT    NOT NULL,           -- count.killed, date, place, perpetrator, …
    value_json    TEXT    NOT NULL,
    source_id     INTEGER REFERENCES sources (id),
    document_id   INTEGER REFERENCES documents (id),
    extraction_id INTEGER REFERENCES extractions (id),
    span_start    INTEGER,
    span_end      INTEGER,
    speaker       TEXT,                       -- to whom the source attributes it
    recorded_by   TEXT    NOT NULL,           -- user name or extractor@version
    status        TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected', 'superseded')),
    note          TEXT,
    supersedes    INTEGER REFERENCES claims (id),
    created_at    TEXT    NOT NULL,
    CHECK (span_start IS NULL OR (span_start >= 0 AND span_end >= span_start))
);
CREATE INDEX ix_claims_event ON claims (event_id);
CREATE INDEX ix_claims_source ON claims (source_id);

CREATE TABLE demands (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL REFERENCES sources (id),
    document_id   INTEGER REFERENCES documents (id),
    extraction_id INTEGER REFERENCES extractions (id),
    by_actor_id   INTEGER REFERENCES actors (id),
    by_text       TEXT,
    addressees    TEXT,                       -- JSON array
    text          TEXT    NOT NULL,
    date          TEXT,
    date_precision TEXT,
    span_start    INTEGER,
    span_end      INTEGER,
    status        TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    recorded_by   TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);
CREATE INDEX ix_demands_source ON demands (source_id);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,
    display_name  TEXT,
    role          TEXT    NOT NULL,           -- the web app defines the roles
    password_hash TEXT,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   TEXT    NOT NULL,
    expires_at   TEXT,
    last_used_at TEXT,
    revoked_at   TEXT
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,          -- assigned by the writer: previous id + 1
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL
);
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id);
