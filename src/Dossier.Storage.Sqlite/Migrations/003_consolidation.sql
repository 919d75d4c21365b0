-- Consolidation: why claims sit on an incident (links, undoable), the candidate index for
-- incident matching, name keys for actors and places, text fingerprints for near-duplicate
-- sources, and publisher reliability grades.

ALTER TABLE events ADD COLUMN country TEXT;
ALTER TABLE events ADD COLUMN families TEXT;          -- JSON array of type families (EventFamilies)
ALTER TABLE places ADD COLUMN kind TEXT;             -- country, region, city, site (from the gazetteer)
CREATE INDEX ix_events_merged_into ON events (merged_into);

-- A source's event that started or joined an incident (with the fields that agreed), an
-- analyst's merge of one incident into another, or a split. Undone links stay, marked.
CREATE TABLE event_links (
    id               INTEGER PRIMARY KEY,
    event_id         INTEGER NOT NULL REFERENCES events (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('started', 'joined', 'merged', 'split')),
    reason           TEXT    NOT NULL,
    source_id        INTEGER REFERENCES sources (id),
    event_ordinal    INTEGER,
    merged_event_id  INTEGER REFERENCES events (id),
    created_by       TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    undone_at        TEXT
);
CREATE INDEX ix_event_links_event ON event_links (event_id);
CREATE INDEX ix_event_links_source ON event_links (source_id);

ALTER TABLE claims ADD COLUMN link_id INTEGER REFERENCES event_links (id);
CREATE INDEX ix_claims_link ON claims (link_id);
CREATE INDEX ix_demands_by_actor ON demands (by_actor_id);

-- (type family, country, month) buckets: matching reads a few small buckets, never the corpus.
CREATE TABLE event_buckets (
    bucket   TEXT    NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id),
    PRIMARY KEY (bucket, event_id)
) WITHOUT ROWID;
CREATE INDEX ix_event_buckets_event ON event_buckets (event_id);

CREATE TABLE actor_keys (
    key      TEXT    NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (key, actor_id)
) WITHOUT ROWID;

CREATE TABLE place_keys (
    key      TEXT    NOT NULL,
    place_id INTEGER NOT NULL REFERENCES places (id),
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;

CREATE TABLE source_fingerprints (
    source_id    INTEGER PRIMARY KEY REFERENCES sources (id),
    minhash      BLOB    NOT NULL,
    duplicate_of INTEGER REFERENCES sources (id)
);

CREATE TABLE fingerprint_bands (
    band      TEXT    NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources (id),
    PRIMARY KEY (band, source_id)
) WITHOUT ROWID;

CREATE TABLE publisher_grades (
    publisher_key TEXT PRIMARY KEY,               -- NameKeys.Normal(publisher)
    publisher     TEXT NOT NULL,
    grade         TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    graded_by     TEXT NOT NULL,
    graded_at     TEXT NOT NULL
);

-- The actor or place a claim's value names (perpetrator → actors.id, place → places.id), so that
-- "incidents involving X" is an indexed lookup rather than a scan of JSON values.
ALTER TABLE claims ADD COLUMN ref_id INTEGER;
CREATE INDEX ix_claims_field_ref ON claims (field, ref_id);
