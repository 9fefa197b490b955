-- The outbox and the web-service delivery take what is due in id order, one state at a time
-- (status = 'PENDING', then 'FAILED'). Without an index that starts with the state and goes on
-- with the id, MariaDB walked the primary key from the first row ever written, reading (and,
-- under FOR UPDATE, locking) every row already DELIVERED before it found a due one: each claim
-- cost as much as the whole history.
CREATE INDEX ix_outbox_due ON outbox_event (status, id);
CREATE INDEX ix_pnt_record_ws_due ON pnt_record (ws_state, id);
