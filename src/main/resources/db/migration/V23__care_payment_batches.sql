-- Care, part two: payment batches (a month's living subsidies for the serving branch workers, or
-- temporary work allowances from the roster's attendance), previewed and saved at once, and on
-- each payment the standard and the days it was worked out from (标准×天数 on the payment ledger).

-- A batch: its kind (LIVING_SUBSIDY or WORK_ALLOWANCE), the period it pays for, the rate (the
-- monthly standard of a living subsidy, the daily rate of a work allowance), the fund, and who
-- recorded it when. Its payments point to it (payment.batch_id).
CREATE TABLE payment_batch (
    id                  UUID                     NOT NULL PRIMARY KEY,
    kind                VARCHAR(30)              NOT NULL,
    period_from         DATE                     NOT NULL,
    period_to           DATE                     NOT NULL,
    rate                DECIMAL(12, 2)           NOT NULL,
    fund_id             UUID                     NOT NULL REFERENCES fund (id),
    recorded_on         DATE                     NOT NULL,
    recorded_by         UUID                     NOT NULL,
    recorded_by_name    VARCHAR(60)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT payment_batch_rate_positive CHECK (rate > 0),
    CONSTRAINT payment_batch_period_in_order CHECK (period_from <= period_to)
);
CREATE INDEX payment_batch_fund_idx ON payment_batch (fund_id);

-- The batch a payment was saved in (NULL for a single payment), and its standard × days: a work
-- allowance is rate × days; a living subsidy is the monthly standard × 1. Both NULL for a single
-- payment entered as an amount.
ALTER TABLE payment ADD COLUMN batch_id UUID REFERENCES payment_batch (id);
ALTER TABLE payment ADD COLUMN rate DECIMAL(12, 2);
ALTER TABLE payment ADD COLUMN days INT;
-- Why a payment not yet paid was cancelled (state CANCELLED), as the clerk gave it.
ALTER TABLE payment ADD COLUMN cancel_reason VARCHAR(200);
ALTER TABLE payment ADD CONSTRAINT payment_rate_positive CHECK (rate IS NULL OR rate > 0);
ALTER TABLE payment ADD CONSTRAINT payment_days_positive CHECK (days IS NULL OR days > 0);
CREATE INDEX payment_batch_idx ON payment (batch_id);
