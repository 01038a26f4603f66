import { useTranslation } from 'react-i18next';
import type { RestoreSummary } from '../../domain/backup';
import { formatCount } from '../../lib/format';

/** How many rows of each kind a backup holds or a restore wrote. */
export interface BackupCountsProps extends RestoreSummary {
  /** The label of `users`: users in a file, or users a restore added. */
  usersLabel: 'users' | 'usersAdded';
}

/** The counts as a list of facts (a label and a number each: no plural forms to get wrong). */
export function BackupCounts({ usersLabel, ...counts }: BackupCountsProps) {
  const { t } = useTranslation();
  const rows = [
    ['cities', counts.cities],
    ['rounds', counts.rounds],
    [usersLabel, counts.users],
    ['assessments', counts.assessments],
    ['historyEntries', counts.historyEntries],
    ['auditEntries', counts.auditEntries],
  ] as const;
  return (
    <dl className="facts">
      {rows.map(([label, count]) => (
        <div key={label}>
          <dt>{t(`backup.counts.${label}`)}</dt>
          <dd>{formatCount(count)}</dd>
        </div>
      ))}
    </dl>
  );
}
