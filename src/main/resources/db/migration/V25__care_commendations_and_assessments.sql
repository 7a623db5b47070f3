-- Care, commendations: decisions (表彰决定) and their honorees, and each community's annual
-- assessment. V25 is care-commend's number (V23, V24, V26 belong to the other care parts).
-- Nothing is deleted: a row entered in error is flagged deleted.

-- A commendation decision: the title it awards, the awarding body and its level, the document
-- number (outside data for a decision from above; empty for the street's own until its notice
-- is issued from the dispatch register), and the day.
CREATE TABLE commendation (
    id                  UUID                     NOT NULL PRIMARY KEY,
    title               VARCHAR(40)              NOT NULL,
    level               VARCHAR(20)              NOT NULL,
    awarding_body       VARCHAR(60)              NOT NULL,
    document_number     VARCHAR(60),
    decided_on          DATE                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);

-- One honoree of a decision: exactly one of a member, a person or a party organization, named as
-- when commended; a certificate, or a reward linked to its commendation-reward payment.
CREATE TABLE commendation_honoree (
    id                  UUID                     NOT NULL PRIMARY KEY,
    commendation_id     UUID                     NOT NULL REFERENCES commendation (id),
    recipient_kind      VARCHAR(20)              NOT NULL,
    member_id           UUID                     REFERENCES member (id),
    person_id           UUID                     REFERENCES person (id),
    organization_id     UUID                     REFERENCES party_org (id),
    honoree_name        VARCHAR(60)              NOT NULL,
    form                VARCHAR(20)              NOT NULL,
    payment_id          UUID                     REFERENCES payment (id),
    deeds               VARCHAR(300)             NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT honoree_one_recipient CHECK (
        (CASE WHEN member_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN organization_id IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT honoree_reward_paid CHECK ((form = 'REWARD') = (payment_id IS NOT NULL))
);
CREATE INDEX commendation_honoree_commendation_idx ON commendation_honoree (commendation_id);

-- A community's annual assessment: the epidemic-work score (0-100, one decimal), the grade, and
-- the performance reward that followed (optional). One per community per year (checked by the
-- service, as a deleted row may share the year).
CREATE TABLE community_assessment (
    id                  UUID                     NOT NULL PRIMARY KEY,
    community_id        UUID                     NOT NULL REFERENCES community (id),
    assessed_year       INTEGER                  NOT NULL,
    score               DECIMAL(4, 1)            NOT NULL,
    grade               VARCHAR(20)              NOT NULL,
    payment_id          UUID                     REFERENCES payment (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT assessment_score_range CHECK (score >= 0 AND score <= 100)
);
CREATE INDEX community_assessment_community_idx ON community_assessment (community_id);
