/**
 * The dry run's answer: every problem by row and column, or what the import would create and
 * change, with the button that imports it. Long tables scroll inside their own labelled region.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import type { ImportPreview } from '../../domain/import-preview';
import type { ImportProblem } from '../../domain/import-rows';
import { useCities } from '../../data/query-hooks';
import { formatCount, formatList, formatYear } from '../../lib/format';
import { useCityName } from '../../lib/use-city-name';

/** Rows shown of a long table: the rest are counted, not drawn. */
const SHOWN_ROWS = 500;

interface ImportPreviewViewProps {
  preview: ImportPreview;
  importing: boolean;
  onImport: () => void;
}

export function ImportPreviewView({ preview, importing, onImport }: ImportPreviewViewProps) {
  const { t } = useTranslation();
  const { summary, problems } = preview;
  const toWrite = summary.created + summary.changed;
  return (
    <section aria-labelledby="import-preview-title" className="import-preview">
      <h2 id="import-preview-title">{t('importRounds.preview.title')}</h2>
      <p>{t('importRounds.preview.rows', { count: preview.rowCount })}</p>
      {problems.length > 0 ? <ProblemList problems={problems} /> : <ChangeList preview={preview} />}
      <p className="button-row">
        <button
          type="button"
          className="button"
          disabled={problems.length > 0 || toWrite === 0 || importing}
          onClick={onImport}
        >
          {importing
            ? t('importRounds.preview.importing')
            : t('importRounds.preview.import', { count: toWrite })}
        </button>
      </p>
    </section>
  );
}

/**
 * A table that scrolls up and down inside its own frame when long, so the import button stays
 * near; the frame is a named region in the Tab order, so it scrolls from the keyboard too.
 */
function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrolling region must be reachable by keyboard (WCAG 2.1.1): hence its tabIndex.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="import-table" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const shown = problems.slice(0, SHOWN_ROWS);
  return (
    <>
      <p className="form-error">{t('importRounds.preview.problems', { count: problems.length })}</p>
      {problems.length > shown.length && (
        <p>{t('importRounds.preview.firstShown', { count: shown.length })}</p>
      )}
      <ScrollingTable label={t('importRounds.preview.problemsCaption')}>
        <DataTable
          caption={t('importRounds.preview.problemsCaption')}
          columns={[
            { id: 'row', header: t('importRounds.preview.columns.row'), numeric: true },
            { id: 'column', header: t('importRounds.preview.columns.column') },
            { id: 'problem', header: t('importRounds.preview.columns.problem'), userText: true },
          ]}
          rows={shown.map((problem, index) => ({
            id: String(index),
            cells: [
              formatCount(problem.row),
              problem.column ?? t('importRounds.preview.wholeRow'),
              t(`importRounds.problems.${problem.code}`, {
                value: problem.value,
                other: problem.other ?? 0,
                column: problem.column ?? '',
              }),
            ],
          }))}
        />
      </ScrollingTable>
    </>
  );
}

function ChangeList({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const nameOf = useCityName();
  const cityName = new Map(useCities().map((city) => [city.id, nameOf(city)]));
  const { summary, roundsToCreate, assessments } = preview;
  const shown = assessments.slice(0, SHOWN_ROWS);
  return (
    <>
      <ul>
        <li>{t('importRounds.preview.created', { count: summary.created })}</li>
        <li>{t('importRounds.preview.changed', { count: summary.changed })}</li>
        <li>{t('importRounds.preview.unchanged', { count: summary.unchanged })}</li>
        {roundsToCreate.length > 0 && (
          <li>
            {t('importRounds.preview.rounds', {
              count: roundsToCreate.length,
              years: formatList(roundsToCreate.map(formatYear)),
            })}
          </li>
        )}
      </ul>
      {summary.created + summary.changed === 0 && <p>{t('importRounds.preview.nothingNew')}</p>}
      {assessments.length > shown.length && (
        <p>{t('importRounds.preview.firstShown', { count: shown.length })}</p>
      )}
      <ScrollingTable label={t('importRounds.preview.assessmentsCaption')}>
        <DataTable
          caption={t('importRounds.preview.assessmentsCaption')}
          columns={[
            { id: 'city', header: t('importRounds.preview.columns.city') },
            { id: 'round', header: t('importRounds.preview.columns.round') },
            { id: 'outcome', header: t('importRounds.preview.columns.outcome') },
          ]}
          rows={shown.map((assessment) => ({
            id: assessment.assessmentId,
            cells: [
              cityName.get(assessment.cityId) ?? assessment.cityId,
              formatYear(assessment.year),
              t(`importRounds.outcome.${assessment.outcome}`, {
                count: assessment.changedFields,
              }),
            ],
          }))}
        />
      </ScrollingTable>
    </>
  );
}
