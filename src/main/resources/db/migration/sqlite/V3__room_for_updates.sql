-- PostgreSQL's V3 leaves room on device pages for in-place updates; SQLite has no such setting.
-- This version exists so both databases share one schema version.
SELECT 1;
