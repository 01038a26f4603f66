-- Administration of rounds and cities (docs/api.md, "Administration"), after
-- 0005_administration.sql (which sorts first): a round a coordinator creates is `planned`
-- until they open it, and at most one round is open at a time. A city is archived when
-- cities.archived_at (0005_administration.sql) is set; the API serves that as `archived`.

ALTER TABLE rounds DROP CONSTRAINT rounds_status_check;
ALTER TABLE rounds ADD CHECK (status IN ('planned', 'open', 'closed'));

-- Members fill in "the open round" (findOpenRound, src/domain/round.ts): two coordinators
-- opening two rounds at once leave one of them refused by this index.
CREATE UNIQUE INDEX rounds_one_open ON rounds ((true)) WHERE status = 'open';
