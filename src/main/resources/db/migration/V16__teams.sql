-- Duty, part two: teams (党员突击队, 志愿服务队, 治安巡逻队) of a community or one of its
-- compounds, with their leader and members drawn from the members and the people registers.
-- A team is stood down on a date (ended_on), never deleted.
CREATE TABLE team (
    id                  UUID                     NOT NULL PRIMARY KEY,
    kind                VARCHAR(20)              NOT NULL,
    name                VARCHAR(60)              NOT NULL,
    community_id        UUID                     NOT NULL REFERENCES community (id),
    compound_id         UUID                     REFERENCES compound (id),
    formed_on           DATE                     NOT NULL,
    ended_on            DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);

-- One row per member of a team, the leader marked; exactly one of member_id and person_id.
CREATE TABLE team_member (
    id                  UUID                     NOT NULL PRIMARY KEY,
    team_id             UUID                     NOT NULL REFERENCES team (id),
    ordinal             INT                      NOT NULL,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    leader              BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT team_member_one_of CHECK ((member_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX team_member_team_idx ON team_member (team_id);
