-- Duty, part four: in-service members who report to the community where they live (在职党员到
-- 社区报到), and cadres sent down to communities (下沉干部).

-- A reporting: the member, the community (and compound) reported to, the unit (on the unit
-- register, or by name with its party organization's name), the date; ended when they stop.
CREATE TABLE reporting (
    id                  UUID                     NOT NULL PRIMARY KEY,
    member_id           UUID                     NOT NULL REFERENCES member (id),
    community_id        UUID                     NOT NULL REFERENCES community (id),
    compound_id         UUID                     REFERENCES compound (id),
    unit_id             UUID                     REFERENCES unit (id),
    unit_name           VARCHAR(100),
    unit_org_name       VARCHAR(100),
    reported_on         DATE                     NOT NULL,
    ended_on            DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT reporting_unit CHECK (unit_id IS NOT NULL OR unit_name IS NOT NULL)
);
CREATE INDEX reporting_member_idx ON reporting (member_id);

-- A post a reporting member claimed (认领岗位), from when.
CREATE TABLE reporting_claim (
    id                  UUID                     NOT NULL PRIMARY KEY,
    reporting_id        UUID                     NOT NULL REFERENCES reporting (id),
    post_id             UUID                     NOT NULL REFERENCES post (id),
    claimed_on          DATE                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX reporting_claim_reporting_idx ON reporting_claim (reporting_id);

-- Hours served outside the roster (a day's errand, a campaign), added to those the roster's
-- attendance counts.
CREATE TABLE reporting_hours (
    id                  UUID                     NOT NULL PRIMARY KEY,
    reporting_id        UUID                     NOT NULL REFERENCES reporting (id),
    on_day              DATE                     NOT NULL,
    hours               NUMERIC(4,1)             NOT NULL,
    what                VARCHAR(100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT reporting_hours_range CHECK (hours > 0 AND hours <= 24)
);
CREATE INDEX reporting_hours_reporting_idx ON reporting_hours (reporting_id);

-- A cadre sent down: a member or a person (kind 下沉干部), the sending unit (on the register or
-- by name), the period, and the community (or compound) they serve.
CREATE TABLE sent_down (
    id                  UUID                     NOT NULL PRIMARY KEY,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    unit_id             UUID                     REFERENCES unit (id),
    unit_name           VARCHAR(100),
    community_id        UUID                     NOT NULL REFERENCES community (id),
    compound_id         UUID                     REFERENCES compound (id),
    from_on             DATE                     NOT NULL,
    to_on               DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT sent_down_one_of CHECK ((member_id IS NULL) <> (person_id IS NULL)),
    CONSTRAINT sent_down_unit CHECK (unit_id IS NOT NULL OR unit_name IS NOT NULL)
);
