-- Care, part four: developing members (发展党员, 《中国共产党发展党员工作细则》).
-- A case is one applicant's way from the application to full membership, in thirteen steps
-- (domain.care.DevelopmentStep). Nothing is deleted: a case is withdrawn (state WITHDRAWN).

-- The applicant: a resident on the people register (person_id), or named with an ID number
-- held as a member's is (the member record made at the approval needs it). birth_date is the ID
-- number's. member_id is the member record made when the higher committee approved.
-- The probation extension (延长预备期) is decided once: extension_on, extension_months.
CREATE TABLE development_case (
    id                  UUID                     NOT NULL PRIMARY KEY,
    person_id           UUID                     REFERENCES person (id),
    name                VARCHAR(80)              NOT NULL,
    id_number           VARCHAR(18)              NOT NULL,
    birth_date          DATE                     NOT NULL,
    org_id              UUID                     NOT NULL REFERENCES party_org (id),
    front_line          BOOLEAN                  DEFAULT FALSE NOT NULL,
    priority            INT                      DEFAULT 0 NOT NULL,
    state               VARCHAR(20)              NOT NULL,
    member_id           UUID                     REFERENCES member (id),
    extension_on        DATE,
    extension_months    INT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL,
    CONSTRAINT development_case_extension CHECK (
        (extension_on IS NULL AND extension_months IS NULL)
        OR (extension_on IS NOT NULL AND extension_months BETWEEN 6 AND 12))
);
CREATE INDEX development_case_org_idx ON development_case (org_id);
CREATE INDEX development_case_id_number_idx ON development_case (id_number);

-- A step taken: its day and document number; the training's days and class hours (step
-- TRAINING); why the approval took longer than three months (step APPROVAL, special_reason).
CREATE TABLE development_step (
    id                  UUID                     NOT NULL PRIMARY KEY,
    case_id             UUID                     NOT NULL REFERENCES development_case (id),
    step                VARCHAR(30)              NOT NULL,
    taken_on            DATE                     NOT NULL,
    document_number     VARCHAR(60),
    training_days       INT,
    training_hours      INT,
    special_reason      VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX development_step_case_idx ON development_step (case_id);

-- The people of a step: the contact persons (培养联系人, role CONTACT) named at the activist
-- step and the two sponsors (入党介绍人, role SPONSOR) fixed at the candidate step, members.
CREATE TABLE development_person (
    id                  UUID                     NOT NULL PRIMARY KEY,
    case_id             UUID                     NOT NULL REFERENCES development_case (id),
    step_id             UUID                     NOT NULL REFERENCES development_step (id),
    role                VARCHAR(20)              NOT NULL,
    member_id           UUID                     NOT NULL REFERENCES member (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX development_person_case_idx ON development_person (case_id);

-- The materials of a step's checklist (DevelopmentMaterial) ticked as in the file, and when.
CREATE TABLE development_material (
    id                  UUID                     NOT NULL PRIMARY KEY,
    case_id             UUID                     NOT NULL REFERENCES development_case (id),
    material            VARCHAR(40)              NOT NULL,
    ticked_on           DATE                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    revised_by          UUID                     NOT NULL,
    deleted             BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE INDEX development_material_case_idx ON development_material (case_id);
