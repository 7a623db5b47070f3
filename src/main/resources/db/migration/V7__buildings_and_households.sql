-- BranchDesk schema, version 7: buildings of a compound as records, and the households the
-- office records: a central household's contact households (联系户) and residents under
-- assistance (帮扶对象). A party group may name its building.

CREATE TABLE building (
    id           UUID                     NOT NULL PRIMARY KEY,
    compound_id  UUID                     NOT NULL REFERENCES compound (id),
    name         VARCHAR(40)              NOT NULL,
    units        INT,
    households   INT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     BIGINT                   NOT NULL,
    revised_by   UUID                     NOT NULL,
    deleted      BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX building_compound_idx ON building (compound_id);

CREATE TABLE household (
    id           UUID                     NOT NULL PRIMARY KEY,
    kind         VARCHAR(30)              NOT NULL,
    compound_id  UUID                     NOT NULL REFERENCES compound (id),
    building_id  UUID                     REFERENCES building (id),
    unit_no      VARCHAR(20),
    room         VARCHAR(20),
    head_name    VARCHAR(80)              NOT NULL,
    phone        VARCHAR(40),
    group_id     UUID                     REFERENCES branch_group (id),
    needs        VARCHAR(300),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     BIGINT                   NOT NULL,
    revised_by   UUID                     NOT NULL,
    deleted      BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX household_compound_idx ON household (compound_id);
CREATE INDEX household_group_idx ON household (group_id);

ALTER TABLE branch_group ADD COLUMN building_id UUID REFERENCES building (id);
