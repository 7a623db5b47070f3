-- Leadership, part two: the terms (届) of party organizations' committees. A term starts with
-- an election (or a designation), lasts the years its organization's type sets, and ends with
-- the next renewal; ended terms stay.
CREATE TABLE committee_term (
    id              UUID                     NOT NULL PRIMARY KEY,
    org_id          UUID                     NOT NULL REFERENCES party_org (id),
    started_on      DATE                     NOT NULL,
    term_years      INT                      NOT NULL,
    chosen          VARCHAR(20)              NOT NULL,
    doc_number      VARCHAR(60),
    ended_on        DATE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revision        BIGINT                   NOT NULL,
    revised_by      UUID                     NOT NULL,
    deleted         BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX committee_term_org_idx ON committee_term (org_id);
