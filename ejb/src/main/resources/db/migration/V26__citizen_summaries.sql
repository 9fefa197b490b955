-- Issue 15: a plain-language summary ("en lenguaje ciudadano") of each session and each acuerdo, shown
-- beside the official text, and its translations into indigenous languages (one row per language,
-- the language as its ISO 639 code: nah, yua, tzo…).
ALTER TABLE meeting ADD COLUMN plain_summary TEXT;
ALTER TABLE acuerdo ADD COLUMN plain_summary TEXT;

CREATE TABLE meeting_summary_translation (
    meeting_id BIGINT        NOT NULL,
    language   VARCHAR(8)    NOT NULL,
    summary    VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_meeting_summary_translation PRIMARY KEY (meeting_id, language),
    CONSTRAINT fk_meeting_summary_translation FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE TABLE acuerdo_summary_translation (
    acuerdo_id BIGINT        NOT NULL,
    language   VARCHAR(8)    NOT NULL,
    summary    VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_acuerdo_summary_translation PRIMARY KEY (acuerdo_id, language),
    CONSTRAINT fk_acuerdo_summary_translation FOREIGN KEY (acuerdo_id) REFERENCES acuerdo (id)
);
