-- The public site of issue 15: what a commission or region says about itself (description,
-- coordinator, technical secretary, member bodies, institutional social accounts), the
-- recording's chapters per agenda item, the stenographic version of a session, and indexes
-- for the public registers' filters and clean addresses.
ALTER TABLE workspace ADD COLUMN description VARCHAR(2000);
ALTER TABLE workspace ADD COLUMN coordinator VARCHAR(300);
ALTER TABLE workspace ADD COLUMN technical_secretary VARCHAR(300);

-- The bodies that make up a commission or a region (directory data, not derived from sign-ins).
CREATE TABLE workspace_body (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    body_id      BIGINT NOT NULL,
    CONSTRAINT fk_workspace_body_ws FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_workspace_body_body FOREIGN KEY (body_id) REFERENCES workspace (id),
    CONSTRAINT uq_workspace_body UNIQUE (workspace_id, body_id)
);

-- Institutional social accounts, shown as plain links (no third-party script).
CREATE TABLE workspace_social (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workspace_id BIGINT        NOT NULL,
    network      VARCHAR(16)   NOT NULL,
    handle       VARCHAR(100)  NOT NULL,
    url          VARCHAR(500)  NOT NULL,
    position_no  INT           NOT NULL,
    CONSTRAINT fk_workspace_social_ws FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);
CREATE INDEX ix_workspace_social ON workspace_social (workspace_id, position_no);

-- Seconds from the session's start at which the item was taken up: its chapter in the recording.
ALTER TABLE meeting_item ADD COLUMN recording_offset INT;
-- The stenographic version: a text, a file, or both.
ALTER TABLE meeting ADD COLUMN steno_text TEXT;
ALTER TABLE meeting ADD COLUMN steno_file_id BIGINT;

CREATE INDEX ix_meeting_address ON meeting (workspace_id, seq_year, kind, seq_number);
CREATE INDEX ix_acuerdo_number ON acuerdo (number);
CREATE INDEX ix_acuerdo_register ON acuerdo (visibility, workspace_id, adopted_at);
CREATE INDEX ix_agreement_register ON agreement (visibility, state, workspace_id, validity_end);
