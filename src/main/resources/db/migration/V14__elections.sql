-- Leadership, part three: renewals (换届) as their five dated steps, each with its document
-- number, and the candidates of the election meeting with their votes. A step not yet taken is
-- NULL. Nothing here is deleted: an election stays as the record of how a committee came about.
CREATE TABLE election (
    id                  UUID                     NOT NULL PRIMARY KEY,
    org_id              UUID                     NOT NULL REFERENCES party_org (id),
    seats               INT                      NOT NULL,
    requested_on        DATE,
    request_doc         VARCHAR(60),
    replied_on          DATE,
    reply_doc           VARCHAR(60),
    meeting_on          DATE,
    entitled            INT,
    present             INT,
    reported_on         DATE,
    report_doc          VARCHAR(60),
    approved_on         DATE,
    approval_doc        VARCHAR(60),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX election_org_idx ON election (org_id);

-- A correction before approval marks the earlier candidate rows deleted and writes new ones.
CREATE TABLE election_candidate (
    id                  UUID                     NOT NULL PRIMARY KEY,
    election_id         UUID                     NOT NULL REFERENCES election (id),
    ordinal             INT                      NOT NULL,
    member_id           UUID                     NOT NULL REFERENCES member (id),
    votes               INT                      NOT NULL,
    elected             BOOLEAN                  NOT NULL,
    position            VARCHAR(30),
    concurrent_duty     VARCHAR(40),
    source              VARCHAR(30),
    standing_exception  VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX election_candidate_election_idx ON election_candidate (election_id);

-- How many years a committee term lasts, where the office sets it otherwise than the default
-- (5 for community and compound organizations, 3 for the others): "TYPE=YEARS;TYPE=YEARS".
ALTER TABLE office ADD COLUMN term_years VARCHAR(400);
