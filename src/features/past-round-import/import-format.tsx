/** The file format, column by column, and the templates to start from (docs/import.md). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importColumns } from '../../domain/import-rows';
import { saveFile } from '../../lib/download';

/** The templates; their writers load only when someone downloads one. */
const templates = [
  {
    label: 'importRounds.format.csvTemplate',
    make: async () => (await import('./import-template')).importTemplateCsv(),
    fileName: 'import-template.csv',
  },
  {
    label: 'importRounds.format.xlsxTemplate',
    make: async () => (await import('./import-template')).importTemplateXlsx(),
    fileName: 'import-template.xlsx',
  },
] as const;

export function ImportFormat() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);

  function download(make: () => Promise<Blob>, fileName: string) {
    setFailed(false);
    make().then(
      (blob) => {
        saveFile(blob, fileName);
      },
      () => {
        setFailed(true);
      },
    );
  }

  return (
    <section aria-labelledby="import-format-title">
      <h2 id="import-format-title">{t('importRounds.format.title')}</h2>
      <p>{t('importRounds.format.intro')}</p>
      <dl className="import-columns">
        {importColumns.map((column) => (
          <div key={column}>
            <dt>
              <code>{column}</code>
            </dt>
            <dd>{t(`importRounds.format.columns.${column}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('importRounds.format.whole')}</p>
      <p className="button-row">
        {templates.map(({ label, make, fileName }) => (
          <button
            key={fileName}
            type="button"
            className="button button--secondary"
            onClick={() => {
              download(make, fileName);
            }}
          >
            {t(label)}
          </button>
        ))}
      </p>
      {failed && (
        <p className="form-error" role="alert">
          {t('importRounds.format.templateFailed')}
        </p>
      )}
    </section>
  );
}
