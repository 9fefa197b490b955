-- Vínculo backbone: directory and workspaces, members, documents, audit trail, outbox.
-- Portable between MySQL 8 / MariaDB 10.6+ and H2 in MySQL mode (the embedded default).

CREATE TABLE workspace (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type        VARCHAR(16)  NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    acronym     VARCHAR(64)  NOT NULL,
    name        VARCHAR(400) NOT NULL,
    body_kind   VARCHAR(32),
    state_name  VARCHAR(100),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_workspace_type_code UNIQUE (type, code)
);
CREATE INDEX ix_workspace_type_name ON workspace (type, name);

CREATE TABLE member (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(150) NOT NULL,
    email        VARCHAR(255),
    first_name   VARCHAR(150),
    last_name    VARCHAR(150),
    locale       VARCHAR(10),
    home_body_id BIGINT,
    last_login   DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_member_username UNIQUE (username),
    CONSTRAINT fk_member_home_body FOREIGN KEY (home_body_id) REFERENCES workspace (id)
);
CREATE INDEX ix_member_name ON member (last_name, first_name);

CREATE TABLE member_role (
    member_id BIGINT      NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_id, role_name),
    CONSTRAINT fk_member_role_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);

CREATE TABLE membership (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id    BIGINT NOT NULL,
    workspace_id BIGINT NOT NULL,
    CONSTRAINT uk_membership UNIQUE (member_id, workspace_id),
    CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);
CREATE INDEX ix_membership_workspace ON membership (workspace_id, member_id);

CREATE TABLE document (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workspace_id BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    body         TEXT         NOT NULL,
    visibility   VARCHAR(16)  NOT NULL,
    author       VARCHAR(150) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_document_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);
CREATE INDEX ix_document_workspace ON document (workspace_id, created_at);
CREATE INDEX ix_document_visibility ON document (visibility, created_at);

CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(150)  NOT NULL,
    entity_type VARCHAR(64)   NOT NULL,
    entity_id   BIGINT        NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    from_state  VARCHAR(1000),
    to_state    VARCHAR(1000),
    detail      VARCHAR(2000)
);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);

CREATE TABLE outbox_event (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at        DATETIME(6)  NOT NULL,
    event_type        VARCHAR(64)  NOT NULL,
    aggregate_type    VARCHAR(64)  NOT NULL,
    aggregate_id      BIGINT       NOT NULL,
    aggregate_version BIGINT       NOT NULL,
    workspace_id      BIGINT,
    payload           TEXT         NOT NULL,
    idempotency_key   VARCHAR(200) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    attempts          INT          NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)  NOT NULL,
    last_error        VARCHAR(2000),
    delivered_at      DATETIME(6),
    CONSTRAINT uk_outbox_idempotency UNIQUE (idempotency_key)
);
CREATE INDEX ix_outbox_pending ON outbox_event (status, next_attempt_at);
CREATE INDEX ix_outbox_aggregate ON outbox_event (aggregate_type, aggregate_id);
