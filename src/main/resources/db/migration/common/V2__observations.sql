-- Observations, stored when they change (not at every poll): status and conditions, supply
-- levels, page counts (at most one an hour while only rising: a busy printer's count changes at every poll). The device row keeps the latest of each to compare the next reply with.

ALTER TABLE device ADD COLUMN serial TEXT NOT NULL DEFAULT '';
ALTER TABLE device ADD COLUMN status_level TEXT NOT NULL DEFAULT '';
ALTER TABLE device ADD COLUMN status_text TEXT NOT NULL DEFAULT '';
ALTER TABLE device ADD COLUMN supplies TEXT NOT NULL DEFAULT '';
ALTER TABLE device ADD COLUMN pages BIGINT;
ALTER TABLE device ADD COLUMN pages_at BIGINT;

CREATE TABLE status_change (
    device_id   BIGINT  NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    scan_id     BIGINT  NOT NULL,
    at          BIGINT  NOT NULL,
    level       TEXT    NOT NULL,
    text        TEXT    NOT NULL
);
CREATE INDEX status_change_by_device ON status_change (device_id, at);
CREATE INDEX status_change_by_scan ON status_change (scan_id);

CREATE TABLE supply_level (
    device_id   BIGINT  NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    scan_id     BIGINT  NOT NULL,
    at          BIGINT  NOT NULL,
    supply      TEXT    NOT NULL,
    colour      TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    percent     INTEGER,
    replaced    INTEGER NOT NULL
);
CREATE INDEX supply_level_by_device ON supply_level (device_id, at);
CREATE INDEX supply_level_by_scan ON supply_level (scan_id);

CREATE TABLE page_count (
    device_id   BIGINT  NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    scan_id     BIGINT  NOT NULL,
    at          BIGINT  NOT NULL,
    pages       BIGINT  NOT NULL
);
CREATE INDEX page_count_by_device ON page_count (device_id, at);
