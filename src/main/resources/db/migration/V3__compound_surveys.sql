-- BranchDesk schema, version 3: compound surveys (排查摸底, 四清) and their items.

-- One survey record per compound: the four clears as recorded text.
CREATE TABLE compound_survey (
    id                    UUID                     NOT NULL PRIMARY KEY,
    compound_id           UUID                     NOT NULL REFERENCES compound (id),
    surveyed_on           DATE,
    basic_facts           VARCHAR(2000),
    residents_and_members VARCHAR(2000),
    gaps                  VARCHAR(2000),
    hazards               VARCHAR(2000),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    revision              BIGINT                   NOT NULL,
    revised_by            UUID                     NOT NULL,
    deleted               BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX compound_survey_compound_idx ON compound_survey (compound_id);

-- Management/service gaps and conflicts/hazards found, each followed until closed (销号).
CREATE TABLE survey_item (
    id           UUID                     NOT NULL PRIMARY KEY,
    compound_id  UUID                     NOT NULL REFERENCES compound (id),
    kind         VARCHAR(20)              NOT NULL,
    description  VARCHAR(1000)            NOT NULL,
    responsible  VARCHAR(80),
    deadline     DATE,
    status       VARCHAR(20)              NOT NULL,
    closed_on    DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     BIGINT                   NOT NULL,
    revised_by   UUID                     NOT NULL,
    deleted      BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT survey_item_closed_chk CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE INDEX survey_item_compound_idx ON survey_item (compound_id);
