-- Duty, part six: cadres' areas (包联). A cadre (a member, or a person such as one sent down)
-- answers for a community or one compound over a period, and logs each contact on grassroots
-- work days. channel: PHONE, WECHAT, VIDEO, ON_SITE.
CREATE TABLE cadre_area (
    id                  UUID                     NOT NULL PRIMARY KEY,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    community_id        UUID                     NOT NULL REFERENCES community (id),
    compound_id         UUID                     REFERENCES compound (id),
    from_on             DATE                     NOT NULL,
    to_on               DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT cadre_area_one_of CHECK ((member_id IS NULL) <> (person_id IS NULL))
);

CREATE TABLE area_contact (
    id                  UUID                     NOT NULL PRIMARY KEY,
    area_id             UUID                     NOT NULL REFERENCES cadre_area (id),
    on_day              DATE                     NOT NULL,
    channel             VARCHAR(10)              NOT NULL,
    note                VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX area_contact_area_idx ON area_contact (area_id);
