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

-- Offices that recorded property companies on their compounds before this version get them
-- as units, without a party organization yet.
INSERT INTO unit (id, kind, name, community_id, party_org_id, created_at, updated_at, revision, revised_by)
SELECT RANDOM_UUID(), 'PROPERTY_COMPANY', c.property_company, NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1,
       (SELECT o.id FROM office o WHERE NOT o.deleted ORDER BY o.created_at LIMIT 1)
FROM (SELECT DISTINCT property_company FROM compound WHERE property_company IS NOT NULL AND NOT deleted) c
WHERE EXISTS (SELECT 1 FROM office WHERE NOT deleted);
