-- Materials of a commission (or any workspace): documentary, audiovisual, stenographic, statistical and
-- photographic items with the same visibility as every other item. A statistical material keeps its CSV text
-- here (bounded, parsed at save time), a photographic one its images in material_image, each with its
-- alternative text (required: the column is NOT NULL and the aggregate refuses an empty one).
CREATE TABLE material (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workspace_id  BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    description   TEXT          NOT NULL,
    visibility    VARCHAR(16)   NOT NULL,
    media_url     VARCHAR(1000),
    body_text     TEXT,
    data_csv      TEXT,
    chart         VARCHAR(8),
    file_id       BIGINT,
    created_by    VARCHAR(150)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_material_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_material_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
-- Lists: a workspace's materials newest first, the public ones across workspaces, by kind (feeds, pages).
CREATE INDEX ix_material_workspace ON material (workspace_id, visibility, updated_at);
CREATE INDEX ix_material_visibility ON material (visibility, updated_at);
CREATE INDEX ix_material_kind ON material (kind, visibility, updated_at);

CREATE TABLE material_image (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    material_id  BIGINT        NOT NULL,
    file_id      BIGINT        NOT NULL,
    alt_text     VARCHAR(500)  NOT NULL,
    caption      VARCHAR(500)  NOT NULL,
    position     INT           NOT NULL,
    CONSTRAINT fk_material_image_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_material_image_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_material_image ON material_image (material_id, position);

-- Open data and feeds read public items in id or date order per table: these filters get their indexes.
CREATE INDEX ix_meeting_public ON meeting (visibility, id);
CREATE INDEX ix_acuerdo_public ON acuerdo (visibility, id);
CREATE INDEX ix_agreement_public ON agreement (visibility, state, id);
CREATE INDEX ix_library_public ON library_entry (visibility, id);
