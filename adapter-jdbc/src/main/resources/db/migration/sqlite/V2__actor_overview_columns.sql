-- Kreds schema 2 (SQLite): what the field overview and long actor lists read, as columns, so that
-- 100,000 actors can be listed without parsing their documents. V2_1 fills them for existing rows.

ALTER TABLE actor ADD COLUMN sort_key   BLOB;                                   -- Danish collation key of the name (DanishOrder.sortKey)
ALTER TABLE actor ADD COLUMN rsv        INTEGER NOT NULL DEFAULT 0 CHECK (rsv IN (0, 1));
ALTER TABLE actor ADD COLUMN activities TEXT    NOT NULL DEFAULT '';            -- the profile's activities, one per line
-- Covers the overview's query, so it reads the index in order and never the documents beside it.
CREATE INDEX actor_overview ON actor (archived, sort_key, id, name, kind, region, rsv, activities);
