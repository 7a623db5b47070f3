-- Duty, part one: the people register. Everyone who serves without being a member here
-- (community workers, resident volunteers, cadres sent down, others); a person who is also a
-- member is linked to the member record, never entered twice. Nobody is deleted: taken off the
-- register on a date (left_on), rosters and payments still name them.
CREATE TABLE person (
    id                  UUID                     NOT NULL PRIMARY KEY,
    name                VARCHAR(60)              NOT NULL,
    id_number           VARCHAR(18),
    phone               VARCHAR(40),
    kind                VARCHAR(30)              NOT NULL,
    member_id           UUID                     REFERENCES member (id),
    note                VARCHAR(200),
    left_on             DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX person_member_idx ON person (member_id);
CREATE INDEX person_id_number_idx ON person (id_number);
