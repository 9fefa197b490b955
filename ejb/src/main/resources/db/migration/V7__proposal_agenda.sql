-- An accepted proposal becomes an agenda item of a session of its commission: linked both ways.
ALTER TABLE proposal ADD COLUMN agenda_session_id BIGINT NULL;
ALTER TABLE proposal ADD COLUMN agenda_item_id BIGINT NULL;
ALTER TABLE meeting_item ADD COLUMN proposal_id BIGINT NULL;
CREATE INDEX ix_meeting_item_proposal ON meeting_item (proposal_id);
