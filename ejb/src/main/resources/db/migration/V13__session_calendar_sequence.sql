-- The iCalendar SEQUENCE of each session: raised on every change a calendar program must
-- follow (date, time, place, agenda, state), so the updated .ics replaces the event (same UID).
ALTER TABLE meeting ADD COLUMN ics_sequence INT NOT NULL DEFAULT 0;
