-- PNT web service: an attempt is recorded (committed) before the PNT is called, so a crash
-- between the PNT's answer and our commit leaves a trace instead of a PENDING row that would be
-- added again. ws_op is the operation in flight (agrega, actualiza, elimina) and also the claim:
-- a row with ws_op set is not taken by another sender, whatever ws_state says. ws_token names
-- the attempt (only its sender records the outcome); ws_sending_at starts the lease;
-- ws_sent_hash is the hash of what was sent (what the PNT holds if it accepted).
ALTER TABLE pnt_record ADD COLUMN ws_op VARCHAR(16) NULL;
ALTER TABLE pnt_record ADD COLUMN ws_token VARCHAR(36) NULL;
ALTER TABLE pnt_record ADD COLUMN ws_sending_at DATETIME(6) NULL;
ALTER TABLE pnt_record ADD COLUMN ws_sent_hash CHAR(64) NULL;
CREATE INDEX ix_pnt_record_sending ON pnt_record (ws_op, ws_sending_at);
