-- Care, part three: prevention supplies (items, what came in, what went out) and care cases
-- (solicitude visits, work-injury fast-track cases for staff infected on duty).
-- Nothing is deleted. Stock is never stored: it is what came in less what went out, and the
-- service refuses an issue that would take it below zero on any day, in the same transaction.

-- An item kept in stock, counted in its unit (SupplyCategory: MASKS, DISINFECTANT, FOOD, OTHER).
CREATE TABLE supply_item (
    id                  UUID                     NOT NULL PRIMARY KEY,
    name                VARCHAR(40)              NOT NULL,
    category            VARCHAR(20)              NOT NULL,
    unit                VARCHAR(4)               NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);

-- Supplies that came in: allocated from above or donated (SupplySource), from whom, and the
-- allocating document's number when there is one (outside data).
CREATE TABLE supply_receipt (
    id                  UUID                     NOT NULL PRIMARY KEY,
    item_id             UUID                     NOT NULL REFERENCES supply_item (id),
    quantity            DECIMAL(12, 2)           NOT NULL,
    received_on         DATE                     NOT NULL,
    source              VARCHAR(20)              NOT NULL,
    from_whom           VARCHAR(60)              NOT NULL,
    document_number     VARCHAR(60),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT supply_receipt_positive CHECK (quantity > 0)
);
CREATE INDEX supply_receipt_item_idx ON supply_receipt (item_id);

-- Supplies that went out: to a member, a person on the people register or an organization
-- (exactly one; the name kept as it was), by whom, for what.
CREATE TABLE supply_issue (
    id                  UUID                     NOT NULL PRIMARY KEY,
    item_id             UUID                     NOT NULL REFERENCES supply_item (id),
    quantity            DECIMAL(12, 2)           NOT NULL,
    issued_on           DATE                     NOT NULL,
    recipient_kind      VARCHAR(20)              NOT NULL,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    organization_id     UUID                     REFERENCES party_org (id),
    recipient_name      VARCHAR(60)              NOT NULL,
    issued_by           VARCHAR(60)              NOT NULL,
    purpose             VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT supply_issue_positive CHECK (quantity > 0),
    CONSTRAINT supply_issue_one_recipient CHECK (
        (CASE WHEN member_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN organization_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX supply_issue_item_idx ON supply_issue (item_id);

-- A solicitude visit (慰问) to a member or a person: when, by whom (names and posts, as written),
-- a note, and the solicitude payment handed over, if any (a SOLICITUDE payment to the same one).
CREATE TABLE solicitude_visit (
    id                  UUID                     NOT NULL PRIMARY KEY,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    visited_name        VARCHAR(60)              NOT NULL,
    visited_on          DATE                     NOT NULL,
    visitors            VARCHAR(120)             NOT NULL,
    note                VARCHAR(200),
    payment_id          UUID                     REFERENCES payment (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT solicitude_visit_one_visited CHECK (
        (CASE WHEN member_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX solicitude_visit_payment_idx ON solicitude_visit (payment_id);

-- A work-injury fast-track case (工伤认定绿色通道, policy article 11) of a member or a person
-- infected on duty: the day of infection, where the case stands (InjuryStatus) and the day of
-- each step. The diagnosis is a health detail: never in the audit log or an export, shown only to
-- a role that records it, cleared by the privacy purge once the case closed longer ago than the
-- office's retention.
CREATE TABLE injury_case (
    id                  UUID                     NOT NULL PRIMARY KEY,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    name                VARCHAR(60)              NOT NULL,
    infected_on         DATE                     NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    reported_on         DATE                     NOT NULL,
    applied_on          DATE,
    decided_on          DATE,
    closed_on           DATE,
    diagnosis           VARCHAR(200),
    note                VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT injury_case_one_person CHECK (
        (CASE WHEN member_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END) = 1)
);
