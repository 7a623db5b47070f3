-- BranchDesk schema, version 1: the office, its communities and compounds, the audit log.
--
-- Every table carries the same row metadata, because offices exchange rows by UUID and
-- must not trust PC clocks (docs/decisions/0004-row-identity-and-revisions.md):
--   id          stable UUID, made where the row was first created
--   created_at  / updated_at   local wall-clock times, for people to read only
--   revision    1 on insert, +1 on every change: the order of a row's versions
--   revised_by  UUID of the office that made this revision
--   deleted     tombstone: rows are never removed, so that a deletion can travel

CREATE TABLE office (
    id              UUID                     NOT NULL PRIMARY KEY,
    name            VARCHAR(100)             NOT NULL,
    district        VARCHAR(100),
    doc_prefix      VARCHAR(40),
    ownerless_rule  VARCHAR(30)              DEFAULT 'ALL_THREE_MISSING' NOT NULL,
    last_backup_at  TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revision        BIGINT                   NOT NULL,
    revised_by      UUID                     NOT NULL,
    deleted         BOOLEAN                  DEFAULT FALSE NOT NULL
);

CREATE TABLE community (
    id              UUID                     NOT NULL PRIMARY KEY,
    name            VARCHAR(100)             NOT NULL,
    sort_order      INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revision        BIGINT                   NOT NULL,
    revised_by      UUID                     NOT NULL,
    deleted         BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX community_name_idx ON community (name);

CREATE TABLE compound (
    id                   UUID                     NOT NULL PRIMARY KEY,
    community_id         UUID                     NOT NULL REFERENCES community (id),
    name                 VARCHAR(100)             NOT NULL,
    address              VARCHAR(400),
    households           INTEGER,
    residents            INTEGER,
    buildings            INTEGER,
    property_company     VARCHAR(100),
    has_competent_unit   BOOLEAN,
    has_property_service BOOLEAN,
    has_security         BOOLEAN,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    revision             BIGINT                   NOT NULL,
    revised_by           UUID                     NOT NULL,
    deleted              BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT compound_counts_chk CHECK (
        (households IS NULL OR households >= 0) AND
        (residents IS NULL OR residents >= 0) AND
        (buildings IS NULL OR buildings >= 0))
);
CREATE INDEX compound_community_idx ON compound (community_id);
CREATE INDEX compound_name_idx ON compound (name);

-- Who changed what. Rows are written in the same transaction as the change they describe.
CREATE TABLE audit_log (
    id           UUID                     NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name    VARCHAR(100)             NOT NULL,
    entity       VARCHAR(40)              NOT NULL,
    entity_id    UUID                     NOT NULL,
    action       VARCHAR(20)              NOT NULL,
    before_json  CHARACTER VARYING(100000),
    after_json   CHARACTER VARYING(100000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     BIGINT                   NOT NULL,
    revised_by   UUID                     NOT NULL,
    deleted      BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);
