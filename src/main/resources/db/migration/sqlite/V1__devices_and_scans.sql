-- The inventory's first schema: scans, devices (by MAC, else by address), where each device was
-- and when it was present. Times are epoch milliseconds (UTC); text is stored exactly as received.

CREATE TABLE scan (
    id          INTEGER PRIMARY KEY,
    started_at  BIGINT  NOT NULL,
    ended_at    BIGINT  NOT NULL,
    scope       TEXT    NOT NULL,
    purpose     TEXT    NOT NULL,
    complete    INTEGER NOT NULL,
    answered    INTEGER NOT NULL,
    added       INTEGER NOT NULL,
    gone        INTEGER NOT NULL,
    moved       INTEGER NOT NULL
);
CREATE INDEX scan_started ON scan (started_at);

CREATE TABLE device (
    id          INTEGER PRIMARY KEY,
    mac         TEXT UNIQUE,
    address     TEXT    NOT NULL,
    model       TEXT    NOT NULL,
    first_seen  BIGINT  NOT NULL,
    last_seen   BIGINT  NOT NULL,
    first_scan  BIGINT  NOT NULL,
    last_scan   BIGINT  NOT NULL,
    present     INTEGER NOT NULL,
    name        TEXT    NOT NULL DEFAULT '',
    location    TEXT    NOT NULL DEFAULT '',
    asset_tag   TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    tags        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX device_by_address ON device (address);

-- Every address a device answered from, from the scan that first saw it there.
CREATE TABLE device_address (
    device_id   BIGINT  NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    address     TEXT    NOT NULL,
    first_scan  BIGINT  NOT NULL,
    first_seen  BIGINT  NOT NULL,
    last_seen   BIGINT  NOT NULL
);
CREATE INDEX device_address_by_device ON device_address (device_id, first_scan);

-- Presence as runs: from the scan that saw the device (again) to the complete scan of its address
-- that did not (null while present). A year of polling stays a few rows per device.
CREATE TABLE presence (
    device_id   BIGINT  NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    first_scan  BIGINT  NOT NULL,
    gone_scan   BIGINT
);
CREATE INDEX presence_by_device ON presence (device_id, first_scan);
CREATE INDEX presence_by_scan ON presence (first_scan, gone_scan);
