-- BranchDesk schema, version 6: taking part in a temporary branch. Membership stays where it
-- is (member.org_id is untouched); this is a separate link, dated.

CREATE TABLE temporary_branch_member (
    id          UUID                     NOT NULL PRIMARY KEY,
    org_id      UUID                     NOT NULL REFERENCES party_org (id),
    member_id   UUID                     NOT NULL REFERENCES member (id),
    joined_on   DATE,
    left_on     DATE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision    BIGINT                   NOT NULL,
    revised_by  UUID                     NOT NULL,
    deleted     BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX temporary_branch_member_org_idx ON temporary_branch_member (org_id);
CREATE INDEX temporary_branch_member_member_idx ON temporary_branch_member (member_id);
