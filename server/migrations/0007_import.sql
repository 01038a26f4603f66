-- Import of past rounds (docs/import.md): an assessment's history records "imported" for the
-- versions a coordinator's import wrote.
ALTER TABLE assessment_history DROP CONSTRAINT assessment_history_action_check;
ALTER TABLE assessment_history ADD CONSTRAINT assessment_history_action_check CHECK (
  action IN ('created', 'saved', 'submitted', 'returned', 'approved', 'imported')
);
