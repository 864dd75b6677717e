-- Kreds schema 3 (PostgreSQL): organiser accounts for the web app and the RSVP links of invitations.
-- See docs/decisions/0041-organiser-accounts-and-rsvp-links.md.

-- Who may log in to the web app. The password only as a salted PBKDF2 hash in its encoded form.
CREATE TABLE organiser_account (
  username      text        NOT NULL PRIMARY KEY,  -- lower case, a-z 0-9 . _ -
  password_hash text        NOT NULL,
  created       timestamptz NOT NULL
);

-- One link per invitation, found by the SHA-256 of its token; the token itself is never stored.
CREATE TABLE rsvp_link (
  token_hash text NOT NULL PRIMARY KEY,            -- 64 lower-case hex digits
  meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  actor_id   uuid NOT NULL,
  UNIQUE (meeting_id, actor_id)
);
