-- Proposals (calls, proposals, adhesions, comments) and the library of best practices
-- (entries, topics, files with their extracted text, search terms, adoptions).
-- Search lives in the database (library_term), so every instance of a cluster answers alike.

CREATE TABLE proposal_call (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workspace_id BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    topic        VARCHAR(32)   NOT NULL,
    description  TEXT          NOT NULL,
    open_to_all  BOOLEAN       NOT NULL DEFAULT TRUE,
    opens_on     DATE          NOT NULL,
    closes_on    DATE          NOT NULL,
    visibility   VARCHAR(16)   NOT NULL,
    created_by   VARCHAR(150)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_proposal_call_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);
CREATE INDEX ix_proposal_call_ws ON proposal_call (workspace_id, closes_on);
CREATE INDEX ix_proposal_call_closes ON proposal_call (closes_on);

CREATE TABLE proposal_call_body (
    call_id BIGINT NOT NULL,
    body_id BIGINT NOT NULL,
    PRIMARY KEY (call_id, body_id),
    CONSTRAINT fk_pcb_call FOREIGN KEY (call_id) REFERENCES proposal_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_pcb_body FOREIGN KEY (body_id) REFERENCES workspace (id)
);

CREATE TABLE library_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workspace_id   BIGINT        NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    authors        VARCHAR(500)  NOT NULL,
    pub_year       INT           NOT NULL,
    entry_type     VARCHAR(24)   NOT NULL,
    keywords       VARCHAR(500)  NOT NULL,
    summary        TEXT          NOT NULL,
    lang           VARCHAR(10)   NOT NULL,
    licence        VARCHAR(120)  NOT NULL,
    links          TEXT          NOT NULL,
    visibility     VARCHAR(16)   NOT NULL,
    search_text    TEXT          NOT NULL,
    downloads      BIGINT        NOT NULL DEFAULT 0,
    adoption_count INT           NOT NULL DEFAULT 0,
    proposal_id    BIGINT,
    created_by     VARCHAR(150)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_library_entry_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);
CREATE INDEX ix_library_entry_vis ON library_entry (visibility, workspace_id);
CREATE INDEX ix_library_entry_ws ON library_entry (workspace_id, pub_year);
CREATE INDEX ix_library_entry_type ON library_entry (entry_type);
CREATE INDEX ix_library_entry_year ON library_entry (pub_year);
CREATE INDEX ix_library_entry_adoption ON library_entry (adoption_count, id);
CREATE INDEX ix_library_entry_created ON library_entry (created_at, id);

CREATE TABLE library_entry_topic (
    entry_id BIGINT      NOT NULL,
    topic    VARCHAR(32) NOT NULL,
    PRIMARY KEY (entry_id, topic),
    CONSTRAINT fk_library_topic_entry FOREIGN KEY (entry_id) REFERENCES library_entry (id) ON DELETE CASCADE
);
CREATE INDEX ix_library_topic ON library_entry_topic (topic, entry_id);

CREATE TABLE library_entry_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id     BIGINT       NOT NULL,
    file_id      BIGINT       NOT NULL,
    text_content TEXT         NOT NULL,
    CONSTRAINT fk_library_file_entry FOREIGN KEY (entry_id) REFERENCES library_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_library_file_entry ON library_entry_file (entry_id);

-- One row per (entry, term): weight by field (title > keywords > summary > PDF text).
CREATE TABLE library_term (
    entry_id BIGINT      NOT NULL,
    term     VARCHAR(64) NOT NULL,
    weight   INT         NOT NULL,
    PRIMARY KEY (entry_id, term),
    CONSTRAINT fk_library_term_entry FOREIGN KEY (entry_id) REFERENCES library_entry (id) ON DELETE CASCADE
);
CREATE INDEX ix_library_term ON library_term (term, entry_id, weight);

CREATE TABLE library_adoption (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id         BIGINT        NOT NULL,
    body_id          BIGINT        NOT NULL,
    adopted_on       DATE          NOT NULL,
    note             VARCHAR(1000) NOT NULL,
    evidence_file_id BIGINT,
    username         VARCHAR(150)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_library_adoption UNIQUE (entry_id, body_id),
    CONSTRAINT fk_library_adoption_entry FOREIGN KEY (entry_id) REFERENCES library_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_adoption_body FOREIGN KEY (body_id) REFERENCES workspace (id),
    CONSTRAINT fk_library_adoption_file FOREIGN KEY (evidence_file_id) REFERENCES stored_file (id)
);

CREATE TABLE proposal (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_id          BIGINT,
    workspace_id     BIGINT        NOT NULL,
    body_id          BIGINT        NOT NULL,
    author           VARCHAR(150)  NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    summary          VARCHAR(1000) NOT NULL,
    text_html        TEXT          NOT NULL,
    topic            VARCHAR(32)   NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    answer           TEXT,
    visibility       VARCHAR(16)   NOT NULL,
    adhesion_count   INT           NOT NULL DEFAULT 0,
    library_entry_id BIGINT,
    submitted_at     DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_proposal_call FOREIGN KEY (call_id) REFERENCES proposal_call (id),
    CONSTRAINT fk_proposal_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_proposal_body FOREIGN KEY (body_id) REFERENCES workspace (id),
    CONSTRAINT fk_proposal_entry FOREIGN KEY (library_entry_id) REFERENCES library_entry (id)
);
CREATE INDEX ix_proposal_call ON proposal (call_id, submitted_at);
CREATE INDEX ix_proposal_ws ON proposal (workspace_id, submitted_at);
CREATE INDEX ix_proposal_state ON proposal (state, submitted_at);
CREATE INDEX ix_proposal_body ON proposal (body_id, submitted_at);
CREATE INDEX ix_proposal_topic ON proposal (topic, submitted_at);
CREATE INDEX ix_proposal_vis ON proposal (visibility, workspace_id);
ALTER TABLE library_entry ADD CONSTRAINT fk_library_entry_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id);

CREATE TABLE proposal_file (
    proposal_id BIGINT NOT NULL,
    file_id     BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, file_id),
    CONSTRAINT fk_proposal_file_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

CREATE TABLE proposal_adhesion (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    body_id     BIGINT       NOT NULL,
    username    VARCHAR(150) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_proposal_adhesion UNIQUE (proposal_id, body_id),
    CONSTRAINT fk_adhesion_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_adhesion_body FOREIGN KEY (body_id) REFERENCES workspace (id)
);

CREATE TABLE proposal_comment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    parent_id   BIGINT,
    author      VARCHAR(150) NOT NULL,
    text_body   TEXT         NOT NULL,
    hidden      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    edited_at   DATETIME(6),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES proposal_comment (id)
);
CREATE INDEX ix_comment_proposal ON proposal_comment (proposal_id, created_at);
