-- Kreds schema 1 (SQLite). Each aggregate is one row: its whole state is the JSON in `document`, and
-- the columns beside it repeat what people filter on, so that sqlite3 can answer without JSON.
-- Times are ISO-8601 text in UTC, days ISO-8601 dates. See docs/decisions/0003-storage.md.

CREATE TABLE actor (
  id        TEXT    NOT NULL PRIMARY KEY,
  version   INTEGER NOT NULL,
  name      TEXT    NOT NULL,
  name_key  TEXT    NOT NULL UNIQUE,     -- NFC, trimmed, spaces collapsed, lower case: Æble = æble
  kind      TEXT    NOT NULL,
  cvr       TEXT    UNIQUE,              -- NULL for an actor without a CVR number
  region    TEXT,
  archived  INTEGER NOT NULL CHECK (archived IN (0, 1)),
  parent_id TEXT,
  document  TEXT    NOT NULL
);
CREATE INDEX actor_kind ON actor (kind);
CREATE INDEX actor_region ON actor (region);
CREATE INDEX actor_parent ON actor (parent_id);

CREATE TABLE circle (
  id       TEXT    NOT NULL PRIMARY KEY,
  version  INTEGER NOT NULL,
  name     TEXT    NOT NULL,
  document TEXT    NOT NULL
);

CREATE TABLE circle_member (
  circle_id TEXT NOT NULL REFERENCES circle (id) ON DELETE CASCADE,
  actor_id  TEXT NOT NULL,
  joined    TEXT NOT NULL,
  PRIMARY KEY (circle_id, actor_id)
);
CREATE INDEX circle_member_actor ON circle_member (actor_id);

CREATE TABLE meeting (
  id        TEXT    NOT NULL PRIMARY KEY,
  version   INTEGER NOT NULL,
  circle_id TEXT    NOT NULL,
  title     TEXT    NOT NULL,
  starts_at TEXT    NOT NULL,
  status    TEXT    NOT NULL,
  document  TEXT    NOT NULL
);
CREATE INDEX meeting_circle ON meeting (circle_id);
CREATE INDEX meeting_starts_at ON meeting (starts_at);

CREATE TABLE invitation (
  meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  actor_id   TEXT NOT NULL,
  response   TEXT NOT NULL,             -- PENDING, ACCEPTED or DECLINED
  attendance TEXT NOT NULL,             -- UNRECORDED, PRESENT or ABSENT
  PRIMARY KEY (meeting_id, actor_id)
);
CREATE INDEX invitation_actor ON invitation (actor_id);

-- Who changed which entity when, in which use case. No personal data: ids, names of use cases and
-- the name of the acting user or process only. Rows are never changed or removed.
CREATE TABLE audit_log (
  id        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  at        TEXT    NOT NULL,
  who       TEXT    NOT NULL,
  use_case  TEXT    NOT NULL,
  entity    TEXT    NOT NULL,
  entity_id TEXT    NOT NULL,
  action    TEXT    NOT NULL CHECK (action IN ('insert', 'update'))
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
