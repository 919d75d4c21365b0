-- The incident list is ordered by date, newest first, a page at a time: with this index the first pages
-- are read from its end instead of sorting every incident on record for each page.
CREATE INDEX ix_events_date ON events (date_start, id);
