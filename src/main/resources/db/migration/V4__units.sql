-- BranchDesk schema, version 4: property companies and resident units (驻区单位, 机关企事业
-- 单位, "两新"组织, 商圈/楼宇/市场/园区), and the party organization each has, if any.

CREATE TABLE unit (
    id            UUID                     NOT NULL PRIMARY KEY,
    kind          VARCHAR(40)              NOT NULL,
    name          VARCHAR(100)             NOT NULL,
    community_id  UUID                     REFERENCES community (id),
    party_org_id  UUID                     REFERENCES party_org (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision      BIGINT                   NOT NULL,
    revised_by    UUID                     NOT NULL,
    deleted       BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX unit_name_idx ON unit (name);
