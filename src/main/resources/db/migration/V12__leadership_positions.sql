-- Leadership, part one: who holds which position in which party organization, how they came
-- to hold it, since when, and (once it ended) when and why. Ending a position never deletes it.
CREATE TABLE position_holding (
    id                  UUID                     NOT NULL PRIMARY KEY,
    org_id              UUID                     NOT NULL REFERENCES party_org (id),
    member_id           UUID                     NOT NULL REFERENCES member (id),
    position            VARCHAR(30)              NOT NULL,
    concurrent_duty     VARCHAR(40),
    chosen              VARCHAR(20)              NOT NULL,
    source              VARCHAR(30)              NOT NULL,
    started_on          DATE                     NOT NULL,
    doc_number          VARCHAR(60),
    doc_date            DATE,
    ended_on            DATE,
    end_reason          VARCHAR(20),
    standing_exception  VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX position_holding_org_idx ON position_holding (org_id);
CREATE INDEX position_holding_member_idx ON position_holding (member_id);
