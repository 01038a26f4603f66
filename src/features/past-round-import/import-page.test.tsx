import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { importColumns } from '../../domain/import-rows';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

/** A CSV file of the header and rows of city, round, commitment and rating. */
function csvFile(name: string, rows: string[]): File {
  const padding = ','.repeat(importColumns.length - 4);
  const lines = [importColumns.join(','), ...rows.map((row) => `${row}${padding}`)];
  return new File([lines.join('\n')], name, { type: 'text/csv' });
}

describe('import of past rounds', () => {
  it('lists each problem of a file by row and column, and offers no import', async () => {
    signInAs('claire-coordinator');
    renderApp('/admin/import');
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText('File to import (CSV or XLSX)'),
      csvFile('bad.csv', ['Ghent,2015,PM1,fully', 'Ghent,2015,PM9,fully']),
    );
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const problems = await screen.findByRole('table', { name: 'Problems, by row of the file' });
    expect(
      within(problems)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['RowColumnProblem', '3commitment“PM9” is not a commitment (PM1 to BU3).']);
    expect(screen.getByText(/^1 problem:/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 0 assessments' })).toBeDisabled();
  });

  it('shows what a good file would change, and refuses other kinds of file in the page', async () => {
    signInAs('claire-coordinator');
    renderApp('/admin/import');
    const user = userEvent.setup({ applyAccept: false });
    const field = await screen.findByLabelText('File to import (CSV or XLSX)');
    await user.upload(field, new File(['city,round'], 'notes.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Choose a CSV (.csv) or XLSX (.xlsx) file.',
    );
    expect(field).toHaveAccessibleDescription(/Choose a CSV/);

    await user.upload(field, csvFile('good.csv', ['Gent,2015,PM1,partly']));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const preview = await screen.findByRole('region', { name: 'What the import would do' });
    expect(within(preview).getByText('1 assessment changed')).toBeInTheDocument();
    expect(within(preview).getByText('0 new assessments')).toBeInTheDocument();
    expect(within(preview).getByRole('button', { name: 'Import 1 assessment' })).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks before importing; Escape cancels and gives focus back to the import button', async () => {
    signInAs('claire-coordinator');
    renderApp('/admin/import');
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText('File to import (CSV or XLSX)'),
      csvFile('good.csv', ['Gent,2015,PM1,partly']),
    );
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const importButton = await screen.findByRole('button', { name: 'Import 1 assessment' });
    await user.click(importButton);
    const dialog = screen.getByRole('dialog', { name: 'Import 1 assessment?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(importButton).toHaveFocus();
  });

  it('tells members and viewers the page is for coordinators', async () => {
    signInAs('lotte-ghent');
    renderApp('/admin/import');
    expect(await screen.findByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    expect(screen.queryByLabelText('File to import (CSV or XLSX)')).not.toBeInTheDocument();
  });
});
