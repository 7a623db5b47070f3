-- Care, part one: funds, the money allocated to them, and the payments made from them.
-- V22, not V21: a person-tags migration may take V21 on another branch (see Migrations).
-- Nothing is deleted. A paid payment is never changed: it is corrected by a reversal, a row of
-- its own in payment that points to it (reversal_of) with the same positive amount.

-- A fund payments are made from, and where its money comes from (FundSource).
CREATE TABLE fund (
    id                  UUID                     NOT NULL PRIMARY KEY,
    name                VARCHAR(60)              NOT NULL,
    source              VARCHAR(30)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);

-- Money put into a fund: amount, day, and the allocating document's number (outside data).
CREATE TABLE fund_allocation (
    id                  UUID                     NOT NULL PRIMARY KEY,
    fund_id             UUID                     NOT NULL REFERENCES fund (id),
    amount              DECIMAL(12, 2)           NOT NULL,
    allocated_on        DATE                     NOT NULL,
    document_number     VARCHAR(60)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT fund_allocation_positive CHECK (amount > 0)
);
CREATE INDEX fund_allocation_fund_idx ON fund_allocation (fund_id);

-- A payment (reversal_of IS NULL; state RECORDED, APPROVED, PAID or CANCELLED) or the reversal
-- of a paid one (reversal_of set; state REVERSAL; paid_on is the day of the reversal).
-- The recipient is exactly one of a member, a person or a party organization; the name is
-- kept as it was when paid. recorded_by and approval_entered_by are the accounts that entered
-- them (who recorded cannot approve); the approver is a person, by name and post.
CREATE TABLE payment (
    id                  UUID                     NOT NULL PRIMARY KEY,
    kind                VARCHAR(30)              NOT NULL,
    recipient_kind      VARCHAR(20)              NOT NULL,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    organization_id     UUID                     REFERENCES party_org (id),
    recipient_name      VARCHAR(60)              NOT NULL,
    amount              DECIMAL(12, 2)           NOT NULL,
    period_from         DATE,
    period_to           DATE,
    reason              VARCHAR(200)             NOT NULL,
    fund_id             UUID                     NOT NULL REFERENCES fund (id),
    state               VARCHAR(20)              NOT NULL,
    recorded_on         DATE                     NOT NULL,
    recorded_by         UUID                     NOT NULL,
    recorded_by_name    VARCHAR(60)              NOT NULL,
    approver_name       VARCHAR(60),
    approver_post       VARCHAR(60),
    approved_on         DATE,
    approval_entered_by UUID,
    paid_on             DATE,
    paid_method         VARCHAR(20),
    collected_by        VARCHAR(60),
    reversal_of         UUID                     REFERENCES payment (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT payment_positive CHECK (amount > 0),
    CONSTRAINT payment_one_recipient CHECK (
        (CASE WHEN member_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN organization_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX payment_fund_idx ON payment (fund_id);
CREATE INDEX payment_reversal_of_idx ON payment (reversal_of);
