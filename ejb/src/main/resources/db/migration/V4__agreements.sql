-- Agreements (convenios): the agreement and its current text, its parties (bodies of the
-- network and outside counterparties) with their signatures, every saved version of the
-- text, the timeline of transitions, attachments (annexes, the signed PDF) and commitments.

CREATE TABLE agreement (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workspace_id     BIGINT        NOT NULL,
    agreement_type   VARCHAR(16)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    purpose          VARCHAR(4000) NOT NULL,
    body_html        MEDIUMTEXT    NOT NULL,
    text_version     INT           NOT NULL DEFAULT 0,
    state            VARCHAR(24)   NOT NULL,
    visibility       VARCHAR(16)   NOT NULL,
    public_in_force  BOOLEAN       NOT NULL DEFAULT TRUE,
    legal_cleared    BOOLEAN       NOT NULL DEFAULT FALSE,
    acuerdo_number   VARCHAR(100),
    acuerdo_date     DATE,
    validity_start   DATE,
    validity_end     DATE,
    signed_on        DATE,
    ended_on         DATE,
    end_reason       VARCHAR(1000),
    renewed_from_id  BIGINT,
    created_by       VARCHAR(150)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_agreement_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_agreement_renewed FOREIGN KEY (renewed_from_id) REFERENCES agreement (id)
);
CREATE INDEX ix_agreement_workspace ON agreement (workspace_id, updated_at);
CREATE INDEX ix_agreement_state ON agreement (state, validity_end);
CREATE INDEX ix_agreement_type ON agreement (agreement_type, created_at);
CREATE INDEX ix_agreement_visibility ON agreement (visibility, updated_at);
CREATE INDEX ix_agreement_validity ON agreement (validity_end);

CREATE TABLE agreement_party (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id     BIGINT        NOT NULL,
    body_id          BIGINT,
    category         VARCHAR(24)   NOT NULL,
    name             VARCHAR(300)  NOT NULL,
    signatory        VARCHAR(200)  NOT NULL,
    signatory_title  VARCHAR(200),
    contact_name     VARCHAR(200),
    contact_email    VARCHAR(255),
    signed_on        DATE,
    signature_by     VARCHAR(150),
    position_no      INT           NOT NULL,
    CONSTRAINT fk_agreement_party_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_party_body FOREIGN KEY (body_id) REFERENCES workspace (id)
);
CREATE INDEX ix_agreement_party_agreement ON agreement_party (agreement_id, position_no);
CREATE INDEX ix_agreement_party_body ON agreement_party (body_id, agreement_id);
CREATE INDEX ix_agreement_party_name ON agreement_party (name);

CREATE TABLE agreement_text_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id  BIGINT       NOT NULL,
    version_no    INT          NOT NULL,
    body_html     MEDIUMTEXT   NOT NULL,
    saved_by      VARCHAR(150) NOT NULL,
    saved_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_agreement_text_version UNIQUE (agreement_id, version_no),
    CONSTRAINT fk_agreement_text_version FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
);

CREATE TABLE agreement_step (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id  BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(150)  NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    from_state    VARCHAR(24),
    to_state      VARCHAR(24),
    comment_text  VARCHAR(2000),
    CONSTRAINT fk_agreement_step FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
);
CREATE INDEX ix_agreement_step ON agreement_step (agreement_id, occurred_at);

CREATE TABLE agreement_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id  BIGINT       NOT NULL,
    file_id       BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_agreement_attachment FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_agreement_attachment ON agreement_attachment (agreement_id, kind);

CREATE TABLE agreement_commitment (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id      BIGINT        NOT NULL,
    party_id          BIGINT        NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    responsible       VARCHAR(200)  NOT NULL,
    due_date          DATE          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    evidence          VARCHAR(2000),
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_agreement_commitment FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_commitment_party FOREIGN KEY (party_id) REFERENCES agreement_party (id)
);
CREATE INDEX ix_agreement_commitment ON agreement_commitment (agreement_id, due_date);
CREATE INDEX ix_agreement_commitment_due ON agreement_commitment (status, due_date);
