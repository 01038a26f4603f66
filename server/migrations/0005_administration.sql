-- Administration by coordinators (docs/api.md, "Administration" and "Audit log"): reporting
-- rounds get a deadline and a planned status, cities a source note and an archive mark, and
-- every administrative action is recorded in an append-only audit log.

-- A round a coordinator created is `planned` until they open it (src/domain/round.ts).
ALTER TABLE rounds DROP CONSTRAINT rounds_status_check;
ALTER TABLE rounds ADD CHECK (status IN ('planned', 'open', 'closed'));

-- At most one round is open at a time: members fill in "the open round" (findOpenRound). The
-- index makes two coordinators opening two rounds at once leave one of them refused.
CREATE UNIQUE INDEX rounds_one_open ON rounds ((true)) WHERE status = 'open';

-- The last day cities may submit, as a calendar date (no time zone: a deadline is a day);
-- null for a round without one (the past rounds, imported from reports).
ALTER TABLE rounds ADD COLUMN deadline date;

-- One round per year: a round is named after its report.
ALTER TABLE rounds ADD UNIQUE (year);

-- Where the city's facts come from (a council decision, a report…); '' when none is noted.
-- Archived: a coordinator archived the city (cities are never deleted: their past results
-- stay readable); it is no longer expected in rounds it has no assessment in.
ALTER TABLE cities
  ADD COLUMN source_note text NOT NULL DEFAULT '',
  ADD COLUMN archived boolean NOT NULL DEFAULT false;

-- The audit log (src/domain/audit.ts): before and after are the changed thing as the API
-- served it, whole, as jsonb (null when the action created or removed it). Rows are only ever
-- inserted; `position` orders them as they were appended, so pages read newest first by it.
CREATE TABLE audit_log (
  id text PRIMARY KEY CHECK (id <> ''),
  position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  at timestamptz NOT NULL,
  actor_id text NOT NULL CHECK (actor_id <> ''),
  actor_name text NOT NULL CHECK (actor_name <> ''),
  -- `<kind>.<verb>` (src/domain/audit.ts lists them): new actions need no migration.
  action text NOT NULL CHECK (action ~ '^[a-z]+([.-][a-z]+)+$'),
  target_kind text NOT NULL CHECK (target_kind ~ '^[a-z-]+$'),
  target_id text NOT NULL CHECK (target_id <> ''),
  before jsonb,
  after jsonb
);
