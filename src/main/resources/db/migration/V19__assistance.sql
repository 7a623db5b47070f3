-- Duty, part five: one-to-one assistance (一对一帮扶). A member pairs with an assisted household
-- for a period; the service log records what was done on which day. health holds health details
-- (a temperature, symptoms): personal data that the retention setting purges once the pairing
-- ended longer ago than the retention.
CREATE TABLE pairing (
    id                  UUID                     NOT NULL PRIMARY KEY,
    member_id           UUID                     NOT NULL REFERENCES member (id),
    household_id        UUID                     NOT NULL REFERENCES household (id),
    category            VARCHAR(30)              NOT NULL,
    started_on          DATE                     NOT NULL,
    ended_on            DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX pairing_member_idx ON pairing (member_id);
CREATE INDEX pairing_household_idx ON pairing (household_id);

-- kind: SHOPPING, TEMPERATURE, RUBBISH, VISIT.
CREATE TABLE service_log (
    id                  UUID                     NOT NULL PRIMARY KEY,
    pairing_id          UUID                     NOT NULL REFERENCES pairing (id),
    on_day              DATE                     NOT NULL,
    kind                VARCHAR(20)              NOT NULL,
    health              VARCHAR(200),
    note                VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX service_log_pairing_idx ON service_log (pairing_id);
