import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartExportSchema } from '../lib/export/chart-json';
import { catchDownloads } from '../../tests/utils/downloads';
import { renderApp, signInAs } from '../../tests/utils/render-app';
import { storedAssessments } from '../../tests/utils/mock-api';
import { plainTrendCount } from '../../tests/utils/plain-scores';

async function openTrendChart() {
  const { user: viewer } = signInAs('sam-viewer');
  const approved = storedAssessments({ roundId: '2022', status: 'approved', readableBy: viewer });
  const adoption = {
    mainstreaming: {
      established: plainTrendCount(approved, 'mainstreaming', 'established'),
      emerging: plainTrendCount(approved, 'mainstreaming', 'emerging'),
      not_observed: plainTrendCount(approved, 'mainstreaming', 'not_observed'),
    },
  };
  renderApp('/trends');
  const chart = await screen.findByRole('region', { name: 'Key-trend adoption, 2022' });
  return { chart, adoption };
}

describe('a chart’s export menu', () => {
  it('downloads the chart’s numbers as CSV, with units in the header', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    const { chart, adoption } = await openTrendChart();
    await user.click(
      within(chart).getByRole('button', { name: 'Export: Key-trend adoption, 2022' }),
    );
    await user.click(screen.getByRole('menuitem', { name: 'Data as CSV' }));

    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const [file] = files;
    expect(file?.name).toBe('charter-monitor_key-trends_adoption_2022.csv');
    const text = await file?.contents.text();
    const rows = Papa.parse<string[]>(text?.replace(/^\uFEFF/, '') ?? '', {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual([
      'Key trend',
      'Established (cities)',
      'Emerging (cities)',
      'Not observed (cities)',
    ]);
    const mainstreaming = rows.find((row) => row[0]?.startsWith('2. Mainstreaming'));
    expect(mainstreaming?.slice(1).map(Number)).toEqual([
      adoption.mainstreaming.established,
      adoption.mainstreaming.emerging,
      adoption.mainstreaming.not_observed,
    ]);
    expect(within(chart).getByRole('status')).toHaveTextContent(
      'Downloaded charter-monitor_key-trends_adoption_2022.csv',
    );
  });

  // The workbook itself is read back in src/lib/export/chart-xlsx.test.ts (Node) and in
  // tests/e2e/chart-export.spec.ts (Chromium): under jsdom, fflate does not recognise the
  // encoder's Uint8Arrays (another realm's) and zips garbage.
  it('offers the chart’s numbers in three spreadsheet formats, and JSON', async () => {
    const user = userEvent.setup();
    const { chart } = await openTrendChart();
    await user.click(within(chart).getByRole('button', { name: /^Export/ }));
    const items = within(screen.getByRole('menu', { name: /^Export/ }))
      .getAllByRole('menuitem')
      .map((item) => item.textContent);
    expect(items.filter((item) => item.startsWith('Data as'))).toEqual([
      'Data as CSV',
      'Data as CSV for Excel in Europe',
      'Data as XLSX (Excel)',
      'Data as JSON',
    ]);
  });

  it('downloads a CSV for Excel in Europe: semicolons, the same header and numbers', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    const { chart, adoption } = await openTrendChart();
    await user.click(within(chart).getByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Data as CSV for Excel in Europe' }));
    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const [file] = files;
    expect(file?.name).toBe('charter-monitor_key-trends_adoption_2022_excel-eu.csv');
    expect(file?.contents.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await (file?.contents ?? new Blob()).arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    // Blob.text() decodes UTF-8 and drops the byte-order mark.
    const text = (await file?.contents.text()) ?? '';
    expect(text.split('\r\n')[0]).toBe(
      'Key trend;Established (cities);Emerging (cities);Not observed (cities)',
    );
    const rows = Papa.parse<string[]>(text, {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    const mainstreaming = rows.find((row) => row[0]?.startsWith('2. Mainstreaming'));
    expect(mainstreaming?.slice(1).map(Number)).toEqual([
      adoption.mainstreaming.established,
      adoption.mainstreaming.emerging,
      adoption.mainstreaming.not_observed,
    ]);
  });

  it('downloads JSON that says where the numbers come from and that they are sample data', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    const { chart } = await openTrendChart();
    await user.click(within(chart).getByRole('button', { name: /^Export/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Data as JSON' }));
    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const json = chartExportSchema.parse(JSON.parse((await files[0]?.contents.text()) ?? ''));
    expect(json.title).toBe('Key-trend adoption, 2022');
    expect(json.sampleData).toBe(true);
    expect(json.source).toMatch(
      /^Source: Charter Monitor, sample signatories demo data, exported /,
    );
    expect(json.rows).toHaveLength(8);
  });

  it('is a menu button: arrows, Home, End, a letter, Escape back to the button', async () => {
    const user = userEvent.setup();
    const { chart } = await openTrendChart();
    const button = within(chart).getByRole('button', { name: /^Export/ });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const item = (name: string) => screen.getByRole('menuitem', { name });
    expect(item('PNG image (2× screen size)')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('PNG image, print size (2,400 px wide)')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Embed in a web page')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('PNG image (2× screen size)')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Embed in a web page')).toHaveFocus();
    await user.keyboard('s');
    expect(item('SVG image (scalable)')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('PNG image (2× screen size)')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    expect(screen.getByRole('menu', { name: /^Export/ })).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
