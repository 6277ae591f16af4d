-- detente's DuckDB schema. Every key is a content hash, so writes are idempotent upserts.
-- Version: bump SCHEMA_VERSION in db.py when this changes.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, path VARCHAR, line INTEGER, fmt VARCHAR,
    url VARCHAR, title VARCHAR, outlet VARCHAR,
    published VARCHAR, published_precision VARCHAR, published_source VARCHAR, published_note VARCHAR,
    text VARCHAR, sentences INTEGER, parsed INTEGER, ingested_at TIMESTAMP);

CREATE TABLE IF NOT EXISTS segments (
    doc_id VARCHAR, idx INTEGER, role VARCHAR, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (doc_id, idx));

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, event_type VARCHAR, mode VARCHAR, context VARCHAR,
    status VARCHAR, status_cue VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_source VARCHAR, date_note VARCHAR,
    source_text VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_resolution VARCHAR,
    target_text VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_resolution VARCHAR,
    location_text VARCHAR, location_country VARCHAR,
    attribution VARCHAR, attribution_kind VARCHAR, confidence DOUBLE,
    segment_role VARCHAR, segment_idx INTEGER, sentence_idx INTEGER, sentence VARCHAR,
    start_char INTEGER, end_char INTEGER, trig VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    rule VARCHAR);

-- Added after version 1 (existing files gain them at the next write; see docs/codebook.md):
-- the event date as a real DATE (first day of its period) and the event place in the GeoNames gazetteer.
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_start DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_lat DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_lon DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_admin1 VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS geo_precision VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_geonameid INTEGER;
UPDATE events SET date_start = TRY_CAST(CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01'
    ELSE date END AS DATE)
WHERE date_start IS NULL AND regexp_full_match(date, '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?');

-- Every input (path, line) a document was read from: identical content under several names is
-- one document with several sources.
CREATE TABLE IF NOT EXISTS sources (
    doc_id VARCHAR, path VARCHAR, line INTEGER, PRIMARY KEY (doc_id, path, line));

CREATE TABLE IF NOT EXISTS stories (
    doc_id VARCHAR PRIMARY KEY, story_id VARCHAR, signature BLOB, published VARCHAR);

CREATE TABLE IF NOT EXISTS rejects (
    path VARCHAR, line INTEGER, reason VARCHAR, detail VARCHAR, seen_at TIMESTAMP,
    PRIMARY KEY (path, line, reason));

-- Inputs (files) whose every document and reject is committed: a rerun skips them.
CREATE TABLE IF NOT EXISTS ledger (input_key VARCHAR PRIMARY KEY, path VARCHAR, finished_at TIMESTAMP);

-- Incidents (stage 7): one row per real-world event; events.incident_id names the incident each
-- event row reports. Recomputed over the whole corpus after every ingest (ids are content hashes,
-- so unchanged incidents keep their ids). contradictions: JSON list of {field, claims: [{value,
-- event_ids, doc_ids, outlets}]}, '[]' when the sources agree.
CREATE TABLE IF NOT EXISTS incidents (
    incident_id VARCHAR PRIMARY KEY, event_type VARCHAR, mode VARCHAR, status VARCHAR,
    date VARCHAR, date_precision VARCHAR,
    source_country VARCHAR, source_sector VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    location_text VARCHAR, location_country VARCHAR,
    n_mentions INTEGER, n_documents INTEGER, n_outlets INTEGER,
    first_reported VARCHAR, last_reported VARCHAR, confidence DOUBLE, contradictions VARCHAR);
ALTER TABLE events ADD COLUMN IF NOT EXISTS incident_id VARCHAR;
-- Added in session 17: the incident date as a real DATE, as events.date_start (a researcher filtering
-- incidents by a date range had string work to do: newcomer review). Files written before gain it at the
-- next write, filled from `date` here (the incidents stage rewrites the rows it regroups anyway).
ALTER TABLE incidents ADD COLUMN IF NOT EXISTS date_start DATE;
UPDATE incidents SET date_start = TRY_CAST(CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01'
    ELSE date END AS DATE)
WHERE date_start IS NULL AND regexp_full_match(date, '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?');
-- Added in session 33: whether the incident's sources disagree, as a BOOLEAN beside `contradictions` (a newcomer in
-- `detente sql` met the JSON text '[]' and no column to filter on; `incidents --disputed` keeps the same rows).
-- Files written before gain it at the next write, filled from `contradictions` here.
ALTER TABLE incidents ADD COLUMN IF NOT EXISTS disputed BOOLEAN;
UPDATE incidents SET disputed = coalesce(contradictions, '[]') <> '[]' WHERE disputed IS NULL;

-- Agreements (stage 8): named agreements followed over time, recomputed over the whole corpus after
-- every ingest (both tables are replaced whole, so they need no key to stay idempotent). aliases and
-- parties: comma-separated. agreement_stages: one row per event row that tells a step of an agreement's life.
CREATE TABLE IF NOT EXISTS agreements (
    agreement_id VARCHAR PRIMARY KEY, name VARCHAR, aliases VARCHAR, parties VARCHAR,
    first_date VARCHAR, last_date VARCHAR, stage VARCHAR);
CREATE TABLE IF NOT EXISTS agreement_stages (
    agreement_id VARCHAR, stage VARCHAR, date VARCHAR, date_precision VARCHAR, event_id VARCHAR, doc_id VARCHAR);
-- Country pairs a document is about, comma-separated ("AUS-CHN,CHN-USA"): story links across rewording.
ALTER TABLE stories ADD COLUMN IF NOT EXISTS topics VARCHAR;
ALTER TABLE stories ADD COLUMN IF NOT EXISTS latest_year INTEGER;
-- Its proper names as sorted 32-bit hashes (stories.names): what reworded outlets of one story keep.
ALTER TABLE stories ADD COLUMN IF NOT EXISTS names BLOB;
-- Story dates (stage 6b): an event of a page with no publication day of its own may be dated again against
-- its story's day (date_source 'story'). coded_dates keeps the date such an event was coded with, so the
-- next link starts from it again (and restores it when the page no longer borrows a day).
CREATE TABLE IF NOT EXISTS coded_dates (
    event_id VARCHAR PRIMARY KEY, date VARCHAR, date_precision VARCHAR, date_source VARCHAR, date_note VARCHAR);
-- Added in session 28: each event's CAMEO code, Goldstein value (-10 … +10) and PLOVER quad class, as the
-- exports write them (store/scales.py), so `sum(goldstein)` answers "most conflictual pairs" in `detente sql`.
-- Files written before gain them at the next write connection (scales.fill_missing).
ALTER TABLE events ADD COLUMN IF NOT EXISTS cameo_code VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS goldstein DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS quad_class VARCHAR;
-- Staging (schema `staging`): the per-document tables without their keys. An ingest appends each batch here
-- (checking a key loads the table's whole index: 803,250 event ids at 50,000 documents, about 80 MB for every
-- batch, while the workers hold a model each) and moves the rows into the keyed tables in slices at its end,
-- after the workers have exited (db.merge_staged). Empty after every completed ingest.
CREATE SCHEMA IF NOT EXISTS staging;
CREATE TABLE IF NOT EXISTS staging.documents AS SELECT * FROM main.documents LIMIT 0;
CREATE TABLE IF NOT EXISTS staging.segments AS SELECT * FROM main.segments LIMIT 0;
CREATE TABLE IF NOT EXISTS staging.events AS SELECT * FROM main.events LIMIT 0;
ALTER TABLE staging.events ADD COLUMN IF NOT EXISTS cameo_code VARCHAR;  -- a staging copy made before them
ALTER TABLE staging.events ADD COLUMN IF NOT EXISTS goldstein DOUBLE;
ALTER TABLE staging.events ADD COLUMN IF NOT EXISTS quad_class VARCHAR;
CREATE TABLE IF NOT EXISTS staging.stories AS SELECT * FROM main.stories LIMIT 0;
ALTER TABLE staging.stories ADD COLUMN IF NOT EXISTS names BLOB;  -- a staging copy made before the column
CREATE TABLE IF NOT EXISTS staging.sources AS SELECT * FROM main.sources LIMIT 0;
