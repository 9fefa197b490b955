-- The session's floor (issue 12): the speakers' list of each agenda item, and remote members
-- checking themselves in while the chair keeps attendance open, for the secretary to confirm.
ALTER TABLE meeting ADD COLUMN attendance_open BOOLEAN NOT NULL DEFAULT FALSE;

-- One request for the floor: asked, then given (started_at) and ended, or withdrawn (ended, never started).
CREATE TABLE meeting_speaker (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT       NOT NULL,
    item_id      BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    started_at   DATETIME(6),
    ended_at     DATETIME(6),
    given_by     VARCHAR(150),
    CONSTRAINT fk_speaker_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_speaker_item FOREIGN KEY (item_id) REFERENCES meeting_item (id),
    CONSTRAINT fk_speaker_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_speaker_meeting ON meeting_speaker (meeting_id, item_id, requested_at);

-- A member's "I am attending remotely", one per session and member, until the secretary confirms it.
CREATE TABLE meeting_remote_checkin (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    checked_in_at DATETIME(6) NOT NULL,
    confirmed_at DATETIME(6),
    confirmed_by VARCHAR(150),
    CONSTRAINT fk_checkin_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_checkin_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_checkin UNIQUE (meeting_id, member_id)
);
