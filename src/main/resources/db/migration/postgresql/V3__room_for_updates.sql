-- Every recorded scan rewrites each device's row and its current address row (last seen, last scan).
-- With free room on each page PostgreSQL keeps the new row version on the same page and skips the index
-- entries (a HOT update): a steady 10,000-printer scan recorded in 281 ms instead of 427 ms (BENCHMARKS.md (i)).
-- Pages written from now on keep half their room free; pages already full gain it at the next rewrite.
ALTER TABLE device SET (fillfactor = 50);
ALTER TABLE device_address SET (fillfactor = 50);
