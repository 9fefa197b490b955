-- The pending-work home: what changed recently in a person's workspaces reads audit events
-- by workspace, newest first; votes open now are agenda items by their vote state. The
-- other sections already filter on indexed columns (meeting state/starts_at, agreement
-- state, commitment status/due_date, proposal state, proposal_call closes_on).
CREATE INDEX ix_audit_workspace ON audit_event (workspace_id, id);
CREATE INDEX ix_item_vote ON meeting_item (vote_state, meeting_id);
