-- BranchDesk schema, version 2: party organizations, the compounds they are built on, and
-- party members. Same row metadata as every table (see V1).

CREATE TABLE party_org (
    id              UUID                     NOT NULL PRIMARY KEY,
    type            VARCHAR(40)              NOT NULL,
    name            VARCHAR(100)             NOT NULL,
    full_name       VARCHAR(200)             NOT NULL,
    parent_id       UUID                     REFERENCES party_org (id),
    community_id    UUID                     REFERENCES community (id),
    established_on  DATE,
    dissolved_on    DATE,
    request_title   VARCHAR(400),
    request_no      VARCHAR(100),
    approval_title  VARCHAR(400),
    approval_no     VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revision        BIGINT                   NOT NULL,
    revised_by      UUID                     NOT NULL,
    deleted         BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX party_org_parent_idx ON party_org (parent_id);
CREATE INDEX party_org_name_idx ON party_org (name);

-- The compounds an organization is built on: one for a compound branch, 2-5 for a joint one.
CREATE TABLE party_org_compound (
    id           UUID                     NOT NULL PRIMARY KEY,
    org_id       UUID                     NOT NULL REFERENCES party_org (id),
    compound_id  UUID                     NOT NULL REFERENCES compound (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     BIGINT                   NOT NULL,
    revised_by   UUID                     NOT NULL,
    deleted      BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX party_org_compound_org_idx ON party_org_compound (org_id);
CREATE INDEX party_org_compound_compound_idx ON party_org_compound (compound_id);

CREATE TABLE member (
    id                    UUID                     NOT NULL PRIMARY KEY,
    name                  VARCHAR(80)              NOT NULL,
    sex                   VARCHAR(10)              NOT NULL,
    id_number             VARCHAR(18)              NOT NULL,
    id_converted_from_15  BOOLEAN                  DEFAULT FALSE NOT NULL,
    birth_date            DATE                     NOT NULL,
    ethnic_group          VARCHAR(40),
    education             VARCHAR(40),
    phone                 VARCHAR(40),
    joined_on             DATE,
    full_on               DATE,
    standing              VARCHAR(20)              NOT NULL,
    registration          VARCHAR(30)              NOT NULL,
    presence              VARCHAR(30)              NOT NULL,
    org_id                UUID                     REFERENCES party_org (id),
    community_id          UUID                     REFERENCES community (id),
    compound_id           UUID                     REFERENCES compound (id),
    building              VARCHAR(40),
    unit                  VARCHAR(40),
    room                  VARCHAR(40),
    workplace             VARCHAR(200),
    note                  VARCHAR(400),
    departure             VARCHAR(30),
    departed_on           DATE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    revision              BIGINT                   NOT NULL,
    revised_by            UUID                     NOT NULL,
    deleted               BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT member_departure_chk CHECK ((departure IS NULL) = (departed_on IS NULL))
);
CREATE INDEX member_id_number_idx ON member (id_number);
CREATE INDEX member_compound_idx ON member (compound_id);
CREATE INDEX member_org_idx ON member (org_id);
CREATE INDEX member_name_idx ON member (name);
