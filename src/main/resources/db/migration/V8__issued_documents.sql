-- BranchDesk schema, version 8: the registers of issued documents. Every issued notice takes
-- its number from the dispatch register (per prefix and year, no gaps, never reused); every
-- printed ledger its own serial (per kind and year). Each carries a verification code and,
-- per data row, a hash of what was printed, so that a later check can name what changed.

CREATE TABLE issued_document (
    id            UUID                     NOT NULL PRIMARY KEY,
    category      VARCHAR(10)              NOT NULL,
    kind          VARCHAR(40)              NOT NULL,
    series        VARCHAR(60)              NOT NULL,
    issued_year   INT                      NOT NULL,
    seq           INT                      NOT NULL,
    doc_number    VARCHAR(80)              NOT NULL,
    code          VARCHAR(9)               NOT NULL,
    title         VARCHAR(200)             NOT NULL,
    parameters    VARCHAR(1000),
    subject_id    UUID,
    signed_on     DATE,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by     VARCHAR(80)              NOT NULL,
    pages         INT                      NOT NULL,
    row_count     INT                      NOT NULL,
    printings     INT                      DEFAULT 1 NOT NULL,
    last_printed_at TIMESTAMP WITH TIME ZONE,
    -- per data row: its key, label and SHA-256 of what was printed, as gzipped text (one line a
    -- row); a 10,000-row ledger keeps its rows in one value instead of 10,000 inserts
    row_hashes    BLOB                     NOT NULL,
    -- an issued notice as it was printed: a reprint is the same document, with its number
    pdf           BLOB,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision      BIGINT                   NOT NULL,
    revised_by    UUID                     NOT NULL,
    deleted       BOOLEAN                  DEFAULT FALSE NOT NULL
);
CREATE UNIQUE INDEX issued_document_series_idx ON issued_document (category, series, issued_year, seq);
CREATE UNIQUE INDEX issued_document_code_idx ON issued_document (code);
CREATE INDEX issued_document_number_idx ON issued_document (doc_number);
CREATE INDEX issued_document_subject_idx ON issued_document (subject_id);

-- the issuing-authority mark printed in red on notices; empty means 中共<office>工作委员会
ALTER TABLE office ADD COLUMN issuing_mark VARCHAR(60);
