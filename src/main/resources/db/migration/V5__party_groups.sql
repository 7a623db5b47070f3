-- BranchDesk schema, version 5: building party groups (楼栋党小组) and central households
-- (党员中心户) under a branch. They need no approval and are not party organizations.

CREATE TABLE branch_group (
    id                  UUID                     NOT NULL PRIMARY KEY,
    kind                VARCHAR(30)              NOT NULL,
    branch_id           UUID                     NOT NULL REFERENCES party_org (id),
    name                VARCHAR(100)             NOT NULL,
    compound_id         UUID                     REFERENCES compound (id),
    leader_name         VARCHAR(80),
    leader_member_id    UUID                     REFERENCES member (id),
    contact_households  VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX branch_group_branch_idx ON branch_group (branch_id);
