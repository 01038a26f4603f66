/**
 * A chart's export menu: PNG (2× the screen, or print size), SVG, and its numbers as CSV
 * (comma-separated, or for Excel in Europe), XLSX and JSON. The files are made by a lazily
 * loaded module, so the menu costs almost nothing until used; a status line says what is being
 * made and what was downloaded, or what went wrong.
 * On a page whose charts can be embedded, "Embed" gives the snippet for another site.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ChartExportContent } from '../lib/export/chart-export-content';
import { chartFileFormats, type ChartFileFormat } from '../lib/export/chart-file-formats';
import { saveFile } from '../lib/download';
import { EMBED_HEIGHT, embedPathFor, embedSnippet } from '../lib/embed-address';
import { addressInLanguage } from '../lib/language';
import { EmbedDialog } from './embed-dialog';
import { useUnitOf, useWorkbookWords } from './export-words';
import { useFigureSource } from './figure-source';
import { MenuButton } from './menu-button';

interface ExportMenuProps extends ChartExportContent {
  /** Shows the chart if its table is on screen, and gives the element it is drawn in. */
  chartArea: () => Promise<Element>;
  /**
   * Whether the chart's menu offers "Embed": false for what only signed-in readers see (the
   * counts of work in progress, figures that include unapproved assessments), since an embed is
   * read by visitors.
   */
  embeddable?: boolean | undefined;
}

type ExportState =
  | { kind: 'idle' }
  | { kind: 'working'; format: ChartFileFormat }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; format: ChartFileFormat; tooLarge: boolean };

export function ExportMenu({ chartArea, embeddable = true, ...content }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const figureSource = useFigureSource();
  const unitOf = useUnitOf();
  const workbookWords = useWorkbookWords();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [embedding, setEmbedding] = useState(false);
  // The page's whole address state goes with the chart, so the embed shows what is seen here.
  const location = useLocation();
  const embedPath = embeddable ? embedPathFor(location, content.name.chart) : null;

  async function exportAs(format: ChartFileFormat) {
    setState({ kind: 'working', format });
    const files = import('../lib/export/chart-files');
    try {
      const [{ makeChartFile }, source] = await Promise.all([files, figureSource()]);
      const file = await makeChartFile({
        format,
        chartArea,
        text: {
          title: content.title,
          subtitle: content.subtitle,
          note: content.note,
          summary: content.summary,
          source: source.sourceLine,
          sampleNote: source.sampleNote,
        },
        data: content.data,
        name: content.name,
        sampleData: source.sampleNote !== undefined,
        exportedAt: source.exportedAt,
        unitOf,
        workbookWords,
      });
      saveFile(file.contents, file.fileName);
      setState({ kind: 'done', fileName: file.fileName });
    } catch (error) {
      // A table too large for a workbook is not worth another try: its CSV holds every row.
      const tooLarge = await files.then(
        (module) => module.tooLargeForWorkbook(error),
        () => false,
      );
      setState({ kind: 'failed', format, tooLarge });
    }
  }

  return (
    <div className="export-menu">
      <MenuButton
        label={t('export.button')}
        accessibleName={t('export.buttonName', { title: content.title })}
        actions={[
          ...chartFileFormats.map((format) => ({
            id: format,
            label: t(`export.formats.${format}`),
            onSelect: () => {
              void exportAs(format);
            },
          })),
          ...(embedPath === null
            ? []
            : [
                {
                  id: 'embed',
                  label: t('embed.menuItem'),
                  onSelect: () => {
                    setEmbedding(true);
                  },
                },
              ]),
        ]}
      />
      {embedding && embedPath !== null && (
        <EmbedDialog
          snippet={embedSnippet({
            src: addressInLanguage(new URL(embedPath, window.location.href), i18n.language).href,
            title: content.title,
            height: EMBED_HEIGHT,
          })}
          onClose={() => {
            setEmbedding(false);
          }}
        />
      )}
      <p className="export-menu__status" role="status">
        {state.kind === 'working' &&
          t('export.working', { format: t(`export.formatNames.${state.format}`) })}
        {state.kind === 'done' && t('export.done', { fileName: state.fileName })}
      </p>
      {state.kind === 'failed' && (
        <p className="export-menu__error" role="alert">
          {state.tooLarge
            ? t('export.tooLargeForWorkbook')
            : t('export.failed', { format: t(`export.formatNames.${state.format}`) })}
        </p>
      )}
    </div>
  );
}
