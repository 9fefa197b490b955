-- Every audit event carries the workspace and visibility of the item it is about, so the
-- audit page applies the visibility rule like every list. item_type/item_id name the item
-- whose visibility the event follows (an agenda item's events follow their session); when
-- that item's visibility changes, its earlier events are updated with it. Events about
-- non-items (directory, integration runs…) carry none and stay visible to admins.
ALTER TABLE audit_event ADD COLUMN workspace_id BIGINT;
ALTER TABLE audit_event ADD COLUMN visibility VARCHAR(16);
ALTER TABLE audit_event ADD COLUMN item_type VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN item_id BIGINT;
CREATE INDEX ix_audit_item ON audit_event (item_type, item_id);

-- Existing events take their item's current workspace and visibility.
UPDATE audit_event SET item_type = entity_type, item_id = entity_id
 WHERE entity_type IN ('Document', 'Session', 'Agreement', 'LibraryEntry', 'Proposal', 'ProposalCall');
UPDATE audit_event SET item_type = 'Session',
       item_id = (SELECT i.meeting_id FROM meeting_item i WHERE i.id = audit_event.entity_id)
 WHERE entity_type = 'AgendaItem';
UPDATE audit_event SET item_type = 'Proposal',
       item_id = (SELECT c.proposal_id FROM proposal_comment c WHERE c.id = audit_event.entity_id)
 WHERE entity_type = 'ProposalComment';
UPDATE audit_event SET workspace_id = (SELECT t.workspace_id FROM document t WHERE t.id = audit_event.item_id),
       visibility = (SELECT t.visibility FROM document t WHERE t.id = audit_event.item_id) WHERE item_type = 'Document';
UPDATE audit_event SET workspace_id = (SELECT t.workspace_id FROM meeting t WHERE t.id = audit_event.item_id),
       visibility = (SELECT t.visibility FROM meeting t WHERE t.id = audit_event.item_id) WHERE item_type = 'Session';
UPDATE audit_event SET workspace_id = (SELECT t.workspace_id FROM agreement t WHERE t.id = audit_event.item_id),
       visibility = (SELECT t.visibility FROM agreement t WHERE t.id = audit_event.item_id) WHERE item_type = 'Agreement';
UPDATE audit_event SET workspace_id = (SELECT t.workspace_id FROM library_entry t WHERE t.id = audit_event.item_id),
       visibility = (SELECT t.visibility FROM library_entry t WHERE t.id = audit_event.item_id) WHERE item_type = 'LibraryEntry';
UPDATE audit_event SET workspace_id = (SELECT t.workspace_id FROM proposal t WHERE t.id = audit_event.item_id),
       visibility = (SELECT t.visibility FROM proposal t WHERE t.id = audit_event.item_id) WHERE item_type = 'Proposal';
UPDATE audit_event SET workspace_id = (SELECT t.workspace_id FROM proposal_call t WHERE t.id = audit_event.item_id),
       visibility = (SELECT t.visibility FROM proposal_call t WHERE t.id = audit_event.item_id) WHERE item_type = 'ProposalCall';
-- An item that no longer exists cannot be seen: its events keep no detail for anyone outside.
UPDATE audit_event SET visibility = 'PRIVATE' WHERE item_type IS NOT NULL AND visibility IS NULL;

