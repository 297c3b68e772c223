-- The history tables' references to device(id) were foreign keys on PostgreSQL: every row written (about
-- 22,000 per steady 10,000-printer scan, 100,000 for the first) fired a trigger that looks the device up and
-- locks its row, nearly half of a recorded scan's time (BENCHMARKS.md (i), same machine: steady 864 -> 483 ms,
-- first scan 1.73 -> 0.92 s). The recorder writes only ids it read or inserted in the same transaction, and
-- "forget" deletes a device's rows from every table itself, so nothing relied on the check or the cascade.
-- SQLite keeps its foreign keys: there the check is cheap (no measurable change when switched off).
-- The indexes on device_id stay.
ALTER TABLE device_address DROP CONSTRAINT IF EXISTS device_address_device_id_fkey;
ALTER TABLE presence DROP CONSTRAINT IF EXISTS presence_device_id_fkey;
ALTER TABLE status_change DROP CONSTRAINT IF EXISTS status_change_device_id_fkey;
ALTER TABLE supply_level DROP CONSTRAINT IF EXISTS supply_level_device_id_fkey;
ALTER TABLE page_count DROP CONSTRAINT IF EXISTS page_count_device_id_fkey;
