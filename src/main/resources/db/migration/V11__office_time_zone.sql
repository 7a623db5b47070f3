-- The office's clock: every "today", every date a clerk sees and every date printed is read
-- in this zone, never in the zone of the PC the program happens to run on.
ALTER TABLE office ADD COLUMN time_zone VARCHAR(40) DEFAULT 'Asia/Shanghai' NOT NULL;
