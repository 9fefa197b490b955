-- Voting rules of issue 12: a default rule and the casting vote per body, the rule and the
-- secret ballot per item, recusals, the chair recorded at start, and how each acuerdo was decided.
CREATE TABLE body_voting_settings (
    workspace_id  BIGINT       NOT NULL PRIMARY KEY,
    default_rule  VARCHAR(24)  NOT NULL,
    casting_vote  BOOLEAN      NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(150) NOT NULL,
    CONSTRAINT fk_voting_settings_ws FOREIGN KEY (workspace_id) REFERENCES workspace (id)
);

ALTER TABLE meeting ADD COLUMN chair_member_id BIGINT;
ALTER TABLE meeting_item ADD COLUMN vote_rule VARCHAR(24) NOT NULL DEFAULT 'SIMPLE_MAJORITY_PRESENT';
ALTER TABLE meeting_item ADD COLUMN secret_ballot BOOLEAN NOT NULL DEFAULT FALSE;

-- A secret ballot keeps no voter: member_id is null, and who has voted is kept apart.
ALTER TABLE meeting_ballot MODIFY COLUMN member_id BIGINT NULL;

CREATE TABLE meeting_secret_voter (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id   BIGINT      NOT NULL,
    member_id BIGINT      NOT NULL,
    CONSTRAINT fk_secret_voter_item FOREIGN KEY (item_id) REFERENCES meeting_item (id),
    CONSTRAINT fk_secret_voter_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_secret_voter UNIQUE (item_id, member_id)
);

CREATE TABLE meeting_recusal (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    member_id   BIGINT        NOT NULL,
    reason      VARCHAR(1000),
    recorded_at DATETIME(6)   NOT NULL,
    recorded_by VARCHAR(150)  NOT NULL,
    CONSTRAINT fk_recusal_item FOREIGN KEY (item_id) REFERENCES meeting_item (id),
    CONSTRAINT fk_recusal_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_recusal UNIQUE (item_id, member_id)
);

ALTER TABLE acuerdo ADD COLUMN vote_rule VARCHAR(24) NOT NULL DEFAULT 'SIMPLE_MAJORITY_PRESENT';
ALTER TABLE acuerdo ADD COLUMN secret_ballot BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE acuerdo ADD COLUMN casting_vote BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE acuerdo ADD COLUMN recusals INT NOT NULL DEFAULT 0;
