-- Sessions of commissions, regions and plenaries: agenda, attendance, votes, acuerdos, the
-- acta, and the private calendar feeds of the people who attend them.

CREATE TABLE meeting (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workspace_id    BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    seq_number      INT           NOT NULL,
    seq_year        INT           NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    starts_at       DATETIME(6)   NOT NULL,
    duration_min    INT           NOT NULL,
    place           VARCHAR(300)  NOT NULL,
    remote_url      VARCHAR(1000),
    livestream_url  VARCHAR(1000),
    recording_url   VARCHAR(1000),
    remote_voting   BOOLEAN       NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    cancel_reason   VARCHAR(1000),
    visibility      VARCHAR(16)   NOT NULL,
    current_item_id BIGINT,
    convened_at     DATETIME(6),
    started_at      DATETIME(6),
    ended_at        DATETIME(6),
    acta_text       TEXT,
    acta_approved_in BIGINT,
    acta_file_id    BIGINT,
    created_by      VARCHAR(150)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT uq_meeting_number UNIQUE (workspace_id, kind, seq_year, seq_number)
);
CREATE INDEX ix_meeting_workspace ON meeting (workspace_id, starts_at);
CREATE INDEX ix_meeting_visibility ON meeting (visibility, starts_at);
CREATE INDEX ix_meeting_state ON meeting (state, starts_at);

CREATE TABLE meeting_item (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id     BIGINT        NOT NULL,
    position       INT           NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    presenter      VARCHAR(200),
    body           TEXT,
    ref_meeting_id BIGINT,
    vote_state     VARCHAR(12)   NOT NULL,
    result         VARCHAR(12),
    reorder_reason VARCHAR(1000),
    CONSTRAINT fk_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_item_meeting ON meeting_item (meeting_id, position);

CREATE TABLE meeting_item_file (
    id      BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    CONSTRAINT fk_itemfile_item FOREIGN KEY (item_id) REFERENCES meeting_item (id),
    CONSTRAINT fk_itemfile_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_itemfile_item ON meeting_item_file (item_id);

CREATE TABLE meeting_attendance (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    status      VARCHAR(16) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_att_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_att_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_att UNIQUE (meeting_id, member_id)
);

CREATE TABLE meeting_ballot (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id   BIGINT      NOT NULL,
    member_id BIGINT      NOT NULL,
    choice    VARCHAR(12) NOT NULL,
    cast_at   DATETIME(6) NOT NULL,
    cast_by   VARCHAR(150) NOT NULL,
    CONSTRAINT fk_ballot_item FOREIGN KEY (item_id) REFERENCES meeting_item (id),
    CONSTRAINT fk_ballot_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_ballot UNIQUE (item_id, member_id)
);

CREATE TABLE acuerdo (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL,
    item_id       BIGINT       NOT NULL,
    workspace_id  BIGINT       NOT NULL,
    number        VARCHAR(80)  NOT NULL,
    text          TEXT         NOT NULL,
    result        VARCHAR(12)  NOT NULL,
    votes_for     INT          NOT NULL,
    votes_against INT          NOT NULL,
    abstentions   INT          NOT NULL,
    adopted_at    DATETIME(6)  NOT NULL,
    visibility    VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_acuerdo_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_acuerdo_item FOREIGN KEY (item_id) REFERENCES meeting_item (id),
    CONSTRAINT uq_acuerdo_number UNIQUE (number),
    CONSTRAINT uq_acuerdo_item UNIQUE (item_id)
);
CREATE INDEX ix_acuerdo_meeting ON acuerdo (meeting_id);
CREATE INDEX ix_acuerdo_visibility ON acuerdo (visibility, adopted_at);

CREATE TABLE calendar_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(150) NOT NULL,
    token      VARCHAR(64)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    revoked_at DATETIME(6),
    CONSTRAINT uq_calendar_token UNIQUE (token)
);
CREATE INDEX ix_calendar_token_user ON calendar_token (username, revoked_at);
