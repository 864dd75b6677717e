-- Kreds schema 2 (PostgreSQL): what the field overview and long actor lists read, as columns, so that
-- 100,000 actors can be listed without parsing their documents. V2_1 fills them for existing rows.

ALTER TABLE actor ADD COLUMN sort_key   bytea;                                  -- Danish collation key of the name (DanishOrder.sortKey)
ALTER TABLE actor ADD COLUMN rsv        boolean NOT NULL DEFAULT false;
ALTER TABLE actor ADD COLUMN activities text    NOT NULL DEFAULT '';            -- the profile's activities, one per line
-- Covers the overview's query, so it reads the index in order and never the documents beside it.
CREATE INDEX actor_overview ON actor (archived, sort_key, id, name, kind, region, rsv, activities);
