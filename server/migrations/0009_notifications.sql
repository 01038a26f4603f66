-- Reminders before a round's deadline (src/domain/notifications.ts): one row per round, city
-- and reminder, written before the mail is sent (a claim: INSERT … ON CONFLICT DO NOTHING), so
-- each reminder goes out once however many server processes look for due ones.
CREATE TABLE sent_reminders (
  round_id text NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  days_before integer NOT NULL CHECK (days_before BETWEEN 0 AND 365),
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, city_id, days_before)
);
