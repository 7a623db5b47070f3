-- Duty, part three: posts, shifts and who serves them. All dates and times are on the office's
-- clock (its time zone), stored without a zone: a shift that starts at 22:00 in Wuhan starts at
-- 22:00 whatever the PC's zone is. An overnight shift belongs to the day it starts.

-- A duty post (岗位) of a community or one of its compounds, by kind, with what each shift needs.
CREATE TABLE post (
    id                  UUID                     NOT NULL PRIMARY KEY,
    community_id        UUID                     NOT NULL REFERENCES community (id),
    compound_id         UUID                     REFERENCES compound (id),
    kind                VARCHAR(20)              NOT NULL,
    name                VARCHAR(60)              NOT NULL,
    headcount           INT                      NOT NULL,
    needs_party_member  BOOLEAN                  DEFAULT FALSE NOT NULL,
    needs_tag           VARCHAR(40),
    closed_on           DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT post_headcount CHECK (headcount BETWEEN 1 AND 50)
);
CREATE INDEX post_community_idx ON post (community_id);

-- One shift of a post on one day: starts on on_day at starts_at, ends at ends_at (on the next day
-- when ends_at is not after starts_at). Headcount copied from the post when generated.
CREATE TABLE shift (
    id                  UUID                     NOT NULL PRIMARY KEY,
    post_id             UUID                     NOT NULL REFERENCES post (id),
    on_day              DATE                     NOT NULL,
    starts_at           TIME                     NOT NULL,
    ends_at             TIME                     NOT NULL,
    headcount           INT                      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT shift_once UNIQUE (post_id, on_day, starts_at)
);
CREATE INDEX shift_day_idx ON shift (on_day);

-- Who serves a shift: a member or a person, exactly one. source: MANUAL, TEAM, COPY, AUTO.
-- override_reason: why a broken rule was accepted. After a week is published a change is a swap:
-- the assignment is withdrawn (withdrawn_at, change_reason) and its replacement points to it.
-- attendance: PRESENT, ABSENT, SUBSTITUTED (then substitute_*), NULL while not recorded.
CREATE TABLE assignment (
    id                    UUID                     NOT NULL PRIMARY KEY,
    shift_id              UUID                     NOT NULL REFERENCES shift (id),
    member_id             UUID                     REFERENCES member (id),
    person_id             UUID                     REFERENCES person (id),
    team_id               UUID                     REFERENCES team (id),
    source                VARCHAR(10)              NOT NULL,
    override_reason       VARCHAR(200),
    replaces_id           UUID                     REFERENCES assignment (id),
    change_reason         VARCHAR(200),
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    attendance            VARCHAR(12),
    substitute_member_id  UUID                     REFERENCES member (id),
    substitute_person_id  UUID                     REFERENCES person (id),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    revision              BIGINT                   NOT NULL,
    revised_by            UUID                     NOT NULL,
    deleted               BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT assignment_one_of CHECK ((member_id IS NULL) <> (person_id IS NULL)),
    CONSTRAINT assignment_substitute CHECK (
        (attendance = 'SUBSTITUTED') = (substitute_member_id IS NOT NULL OR substitute_person_id IS NOT NULL))
);
CREATE INDEX assignment_shift_idx ON assignment (shift_id);
CREATE INDEX assignment_member_idx ON assignment (member_id);
CREATE INDEX assignment_person_idx ON assignment (person_id);

-- A week (Monday) of a community's posts, or of one compound's, published: from then on the
-- auto-fill leaves it alone and changes are swaps with a reason.
CREATE TABLE roster_week (
    id                  UUID                     NOT NULL PRIMARY KEY,
    community_id        UUID                     NOT NULL REFERENCES community (id),
    compound_id         UUID                     REFERENCES compound (id),
    week_start          DATE                     NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by        VARCHAR(60)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX roster_week_start_idx ON roster_week (week_start);

-- A member's or a person's limits for duty; without a row: at most 7 shifts a week, 8 h rest.
CREATE TABLE duty_limit (
    id                    UUID                     NOT NULL PRIMARY KEY,
    member_id             UUID                     REFERENCES member (id),
    person_id             UUID                     REFERENCES person (id),
    max_shifts_per_week   INT                      NOT NULL,
    min_rest_hours        INT                      NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    revision              BIGINT                   NOT NULL,
    revised_by            UUID                     NOT NULL,
    deleted               BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT duty_limit_one_of CHECK ((member_id IS NULL) <> (person_id IS NULL))
);

-- A time a member or a person cannot serve (a whole day is 00:00 to the next day's 00:00).
CREATE TABLE unavailability (
    id                  UUID                     NOT NULL PRIMARY KEY,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    from_at             TIMESTAMP                NOT NULL,
    to_at               TIMESTAMP                NOT NULL,
    reason              VARCHAR(100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT unavailability_one_of CHECK ((member_id IS NULL) <> (person_id IS NULL)),
    CONSTRAINT unavailability_span CHECK (to_at > from_at)
);
CREATE INDEX unavailability_member_idx ON unavailability (member_id);
CREATE INDEX unavailability_person_idx ON unavailability (person_id);
