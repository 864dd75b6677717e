-- Kreds schema 1 (PostgreSQL). Each aggregate is one row: its whole state is the JSON in `document`,
-- and the columns beside it repeat what people filter on, so that psql can answer without JSON.
-- See docs/decisions/0003-storage.md.

CREATE TABLE actor (
  id        uuid    NOT NULL PRIMARY KEY,
  version   bigint  NOT NULL,
  name      text    NOT NULL,
  name_key  text    NOT NULL UNIQUE,     -- NFC, trimmed, spaces collapsed, lower case: Æble = æble
  kind      text    NOT NULL,
  cvr       text    UNIQUE,              -- NULL for an actor without a CVR number
  region    text,
  archived  boolean NOT NULL,
  parent_id uuid,
  document  text    NOT NULL
);
CREATE INDEX actor_kind ON actor (kind);
CREATE INDEX actor_region ON actor (region);
CREATE INDEX actor_parent ON actor (parent_id);

CREATE TABLE circle (
  id       uuid   NOT NULL PRIMARY KEY,
  version  bigint NOT NULL,
  name     text   NOT NULL,
  document text   NOT NULL
);

CREATE TABLE circle_member (
  circle_id uuid NOT NULL REFERENCES circle (id) ON DELETE CASCADE,
  actor_id  uuid NOT NULL,
  joined    date NOT NULL,
  PRIMARY KEY (circle_id, actor_id)
);
CREATE INDEX circle_member_actor ON circle_member (actor_id);

CREATE TABLE meeting (
  id        uuid        NOT NULL PRIMARY KEY,
  version   bigint      NOT NULL,
  circle_id uuid        NOT NULL,
  title     text        NOT NULL,
  starts_at timestamptz NOT NULL,
  status    text        NOT NULL,
  document  text        NOT NULL
);
CREATE INDEX meeting_circle ON meeting (circle_id);
CREATE INDEX meeting_starts_at ON meeting (starts_at);

CREATE TABLE invitation (
  meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  actor_id   uuid NOT NULL,
  response   text NOT NULL,             -- PENDING, ACCEPTED or DECLINED
  attendance text NOT NULL,             -- UNRECORDED, PRESENT or ABSENT
  PRIMARY KEY (meeting_id, actor_id)
);
CREATE INDEX invitation_actor ON invitation (actor_id);

-- Who changed which entity when, in which use case. No personal data: ids, names of use cases and
-- the name of the acting user or process only. Rows are never changed or removed.
CREATE TABLE audit_log (
  id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at        timestamptz NOT NULL,
  who       text        NOT NULL,
  use_case  text        NOT NULL,
  entity    text        NOT NULL,
  entity_id uuid        NOT NULL,
  action    text        NOT NULL CHECK (action IN ('insert', 'update'))
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
