/**
 * The audit log for coordinators: every administrative change, newest first, a page at a time
 * (when in the reader's locale, who, the action in words, what it changed, the changed fields
 * before and after), and the whole log as a CSV file.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { auditFieldChanges, type AuditEntry, type AuditSnapshot } from '../../domain/audit';
import { readWholeAuditLog, useAuditLog } from '../../data/audit-queries';
import { useDataSource } from '../../data/data-source-context';
import { useAccounts, useCities, useRounds } from '../../data/query-hooks';
import { saveFile } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import { useCityName } from '../../lib/use-city-name';
import {
  auditFieldLabel,
  auditRawValue,
  auditTargetName,
  auditValueWords,
  type AuditLookups,
} from './audit-words';

/**
 * The people, cities and rounds as they are now, by id, for naming what entries changed: the
 * lists the administration pages read (cities in the reader's language).
 */
function useAuditLookups(): AuditLookups {
  const accounts = useAccounts();
  const cities = useCities();
  const rounds = useRounds();
  const nameOf = useCityName();
  return useMemo(
    () => ({
      personNames: new Map(accounts.map((account) => [account.id, account.name])),
      cityNames: new Map(cities.map((city) => [city.id, nameOf(city)])),
      roundYears: new Map(rounds.map((round) => [round.id, round.year])),
    }),
    [accounts, cities, rounds, nameOf],
  );
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const dataSource = useDataSource();
  const log = useAuditLog();
  const lookups = useAuditLookups();
  const entries = log.data.pages.flatMap((page) => page.entries);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  const describeAction = (action: AuditEntry['action']) =>
    t(`audit.actions.${action}`, { defaultValue: action });
  const exportCsv = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const [all, { auditCsv }] = await Promise.all([
        readWholeAuditLog(dataSource),
        import('../../lib/export/audit-csv'),
      ]);
      const csv = auditCsv(all, {
        headings: {
          at: t('audit.csv.at'),
          actorName: t('audit.csv.actorName'),
          actorId: t('audit.csv.actorId'),
          action: t('audit.csv.action'),
          actionCode: t('audit.csv.actionCode'),
          targetKind: t('audit.csv.targetKind'),
          targetId: t('audit.csv.targetId'),
          before: t('audit.csv.before'),
          after: t('audit.csv.after'),
        },
        describeAction,
      });
      const day = new Date().toISOString().slice(0, 10);
      saveFile(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        `${t('audit.csv.fileName')}-${day}.csv`,
      );
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeading title={t('audit.title')} />
      <p className="lead">{t('audit.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={exporting}
          onClick={() => {
            void exportCsv();
          }}
        >
          {exporting ? t('audit.exporting') : t('audit.export')}
        </button>
      </div>
      {exportFailed && (
        <p className="form-error" role="alert">
          {t('audit.exportFailed')}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="empty-state">{t('audit.empty')}</p>
      ) : (
        <DataTable
          caption={t('audit.tableCaption')}
          columns={[
            { id: 'at', header: t('audit.columns.at') },
            { id: 'actor', header: t('audit.columns.actor') },
            { id: 'action', header: t('audit.columns.action') },
            { id: 'target', header: t('audit.columns.target') },
            { id: 'change', header: t('audit.columns.change'), userText: true },
          ]}
          rows={entries.map((entry) => ({
            id: entry.id,
            cells: [
              <time key="at" dateTime={entry.at}>
                {formatDateTime(entry.at)}
              </time>,
              entry.actorName,
              describeAction(entry.action),
              auditTargetName(entry, lookups),
              <AuditChange key="change" entry={entry} lookups={lookups} />,
            ],
          }))}
        />
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={log.isFetchingNextPage}
          onClick={() => {
            void log.fetchNextPage();
          }}
        >
          {log.isFetchingNextPage ? t('audit.loadingMore') : t('audit.more')}
        </button>
      )}
    </>
  );
}

/**
 * The fields an entry changed, each labelled, before → after in words; the snapshots whole,
 * as recorded, when they are not objects.
 */
function AuditChange({ entry, lookups }: { entry: AuditEntry; lookups: AuditLookups }) {
  const { t } = useTranslation();
  // Not the id: the entry's "Changed" column names the round, city or person (the CSV keeps it).
  const changes = auditFieldChanges(entry).filter((change) => change.field !== 'id');
  // Sending an invitation again records the person unchanged.
  if (entry.before !== null && JSON.stringify(entry.before) === JSON.stringify(entry.after)) {
    return <p className="audit-change">{t('audit.noChange')}</p>;
  }
  if (changes.length === 0) {
    return (
      <dl className="audit-change">
        <dt>{t('audit.before')}</dt>
        <dd>{auditRawValue(entry.before)}</dd>
        <dt>{t('audit.after')}</dt>
        <dd>{auditRawValue(entry.after)}</dd>
      </dl>
    );
  }
  const words = (field: string, value: AuditSnapshot | undefined) =>
    auditValueWords(field, value, entry.target.kind, lookups);
  return (
    <dl className="audit-change">
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{auditFieldLabel(change.field)}</dt>
          <dd>
            {entry.before !== null && (
              <>
                <span className="visually-hidden">{t('audit.beforeLabel')} </span>
                <del>{words(change.field, change.before)}</del>
                {' → '}
                <span className="visually-hidden">{t('audit.afterLabel')} </span>
              </>
            )}
            <ins>{words(change.field, change.after)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
