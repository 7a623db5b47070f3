-- Personal-data settings of the office: how ID numbers and phones are masked, and how many
-- months what an assisted resident needed (often a health detail) is kept once the household
-- has left the register.
ALTER TABLE office ADD COLUMN masking VARCHAR(20) DEFAULT 'STANDARD' NOT NULL;
ALTER TABLE office ADD COLUMN health_retention_months INT DEFAULT 24 NOT NULL;
