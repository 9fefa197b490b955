-- Digests are crash-safe like the PNT delivery: the ledger row (member, period) is committed as SENDING before
-- the mail goes to the SMTP server and marked SENT after it was accepted. A row still SENDING after its lease (its
-- run died: kill -9, a lost database) or UNCERTAIN (the connection broke while the mail was on the wire) waits
-- "por verificar" for an admin, who marks it sent or resends it: no run sends it blindly a second time. Every
-- digest carries a Message-ID made of member and period, so a resend is recognisably the same mail.
ALTER TABLE digest_sent ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'SENT';
ALTER TABLE digest_sent ADD COLUMN message_id VARCHAR(250) NULL;
ALTER TABLE digest_sent ADD COLUMN attempted_at DATETIME(6) NULL;
ALTER TABLE digest_sent ADD COLUMN settled_by VARCHAR(200) NULL;
ALTER TABLE digest_sent ADD COLUMN settled_at DATETIME(6) NULL;
CREATE INDEX ix_digest_sent_state ON digest_sent (state, attempted_at);
