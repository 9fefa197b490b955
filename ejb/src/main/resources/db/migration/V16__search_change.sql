-- The search index is derived data on each instance's disk (Lucene). This is its change log: every audited save
-- writes (item_type, item_id) here in its own transaction; every instance polls rows after the last seq it
-- applied (kept in its index's commit data) and reindexes those items from the database. The '*epoch' row names
-- this database's log (an index made from another database is rebuilt); an admin's rebuild writes '*rebuild'.
CREATE TABLE search_change (
    seq        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_type  VARCHAR(64)  NOT NULL,
    item_id    BIGINT       NOT NULL,
    changed_at DATETIME(6)  NOT NULL
);
INSERT INTO search_change (item_type, item_id, changed_at) VALUES ('*epoch', 0, CURRENT_TIMESTAMP(6));

-- The hand-made inverted index it replaces.
DROP TABLE library_term;
ALTER TABLE library_entry DROP COLUMN search_text;
