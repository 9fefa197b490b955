-- Integration: SIPOT format descriptors, the PNT record map (key -> idRegistro, content hash,
-- delivery state), per-body web-service switch, digest and notice preferences, digest ledger.

CREATE TABLE sipot_descriptor (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    output_kind      VARCHAR(32)  NOT NULL,
    format_id        VARCHAR(32)  NOT NULL,
    effective_from   DATE         NOT NULL,
    template_file_id BIGINT,
    sources          TEXT         NOT NULL,
    created_by       VARCHAR(150) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_sipot_descriptor UNIQUE (output_kind, effective_from),
    CONSTRAINT fk_sipot_descriptor_file FOREIGN KEY (template_file_id) REFERENCES stored_file (id)
);

CREATE TABLE pnt_record (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    record_key       VARCHAR(200) NOT NULL,
    body_id          BIGINT       NOT NULL,
    format_id        VARCHAR(32)  NOT NULL,
    period_key       VARCHAR(16)  NOT NULL,
    output_kind      VARCHAR(32)  NOT NULL,
    output_id        BIGINT       NOT NULL,
    title            VARCHAR(300) NOT NULL,
    campos           TEXT         NOT NULL,
    content_hash     CHAR(64)     NOT NULL,
    load_type        VARCHAR(8)   NOT NULL,
    public_now       BOOLEAN      NOT NULL,
    id_registro      VARCHAR(64),
    delivered_hash   CHAR(64),
    ws_state         VARCHAR(16)  NOT NULL,
    ws_attempts      INT          NOT NULL DEFAULT 0,
    ws_next_at       DATETIME(6)  NOT NULL,
    ws_last_error    VARCHAR(2000),
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_pnt_record_key UNIQUE (record_key),
    CONSTRAINT fk_pnt_record_body FOREIGN KEY (body_id) REFERENCES workspace (id)
);
CREATE INDEX ix_pnt_record_file ON pnt_record (body_id, format_id, period_key);
CREATE INDEX ix_pnt_record_ws ON pnt_record (ws_state, ws_next_at);

-- Generated SIPOT load files, in the database so every instance lists and serves the same ones.
CREATE TABLE pnt_export_file (
    file_name    VARCHAR(120) NOT NULL PRIMARY KEY,
    body_id      BIGINT       NOT NULL,
    format_id    VARCHAR(32)  NOT NULL,
    period_key   VARCHAR(16)  NOT NULL,
    records      INT          NOT NULL,
    content      LONGBLOB     NOT NULL,
    generated_at DATETIME(6)  NOT NULL
);

CREATE TABLE pnt_body_setting (
    body_id     BIGINT       NOT NULL PRIMARY KEY,
    ws_enabled  BOOLEAN      NOT NULL DEFAULT FALSE,
    unit_email  VARCHAR(255),
    CONSTRAINT fk_pnt_body_setting FOREIGN KEY (body_id) REFERENCES workspace (id)
);

CREATE TABLE digest_preference (
    member_id  BIGINT      NOT NULL PRIMARY KEY,
    frequency  VARCHAR(8)  NOT NULL,
    CONSTRAINT fk_digest_preference_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);

CREATE TABLE digest_follow (
    member_id    BIGINT NOT NULL,
    workspace_id BIGINT NOT NULL,
    PRIMARY KEY (member_id, workspace_id),
    CONSTRAINT fk_digest_follow_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_digest_follow_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

CREATE TABLE digest_sent (
    member_id  BIGINT      NOT NULL,
    period_key VARCHAR(40) NOT NULL,
    items      INT         NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, period_key)
);

CREATE TABLE notice_preference (
    member_id BIGINT      NOT NULL,
    notice    VARCHAR(32) NOT NULL,
    enabled   BOOLEAN     NOT NULL,
    PRIMARY KEY (member_id, notice),
    CONSTRAINT fk_notice_preference_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);

CREATE TABLE notice_sent (
    event_id  BIGINT       NOT NULL,
    username  VARCHAR(150) NOT NULL,
    sent_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (event_id, username)
);

CREATE INDEX ix_outbox_created ON outbox_event (created_at, workspace_id);

-- Default descriptors so the demo works out of the box: the built-in test template
-- (format 35573) for each kind of output; a body uploads its official templates to replace them.
INSERT INTO sipot_descriptor (output_kind, format_id, effective_from, template_file_id, sources, created_by, created_at) VALUES
('ACUERDO', '35573', '2020-01-01', NULL, '{"227023":"attr:number","227024":"attr:title","227025":"attr:id","227026":"attr:date","227027":"period:end","227028":"period:start","227033":"url","227036":"const:Probando","227019":"period:year","227020":"today","227021":"const:Acuerdo publicado desde Vínculo"}', 'sistema', '2020-01-01 00:00:00'),
('ACTA', '35573', '2020-01-01', NULL, '{"227023":"attr:number","227024":"attr:title","227025":"attr:id","227026":"attr:date","227027":"period:end","227028":"period:start","227033":"url","227036":"const:Probando","227019":"period:year","227020":"today","227021":"const:Acta publicada desde Vínculo"}', 'sistema', '2020-01-01 00:00:00'),
('AGREEMENT', '35573', '2020-01-01', NULL, '{"227023":"attr:number","227024":"attr:title","227025":"attr:id","227026":"attr:date","227027":"period:end","227028":"period:start","227033":"url","227036":"const:Probando 2","227019":"period:year","227020":"today","227021":"const:Convenio vigente publicado desde Vínculo"}', 'sistema', '2020-01-01 00:00:00'),
('LIBRARY_ENTRY', '35573', '2020-01-01', NULL, '{"227023":"attr:title","227024":"attr:summary","227025":"attr:id","227026":"attr:date","227027":"period:end","227028":"period:start","227033":"url","227036":"const:Probando 3","227019":"period:year","227020":"today","227021":"const:Acervo publicado desde Vínculo"}', 'sistema', '2020-01-01 00:00:00'),
('DOCUMENT', '35573', '2020-01-01', NULL, '{"227023":"attr:title","227024":"attr:body","227025":"attr:id","227026":"attr:date","227027":"period:end","227028":"period:start","227033":"url","227036":"const:Hola Mundo","227019":"period:year","227020":"today","227021":"const:Documento público publicado desde Vínculo"}', 'sistema', '2020-01-01 00:00:00');
