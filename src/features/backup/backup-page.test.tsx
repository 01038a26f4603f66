import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockDatabase, server } from '../../../mocks/node';
import { emptyInstanceSeed } from '../../../mocks/seed/data-sets';
import { catchDownloads } from '../../../tests/utils/downloads';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { backupOf, type Backup } from '../../domain/backup';

/** The mock's data as a backup file, then the mock emptied as a fresh instance is. */
async function backupThenEmpty(): Promise<Backup> {
  const backup = backupOf(await mockDatabase.store.snapshot(), new Date());
  mockDatabase.store.replaceData({ ...emptyInstanceSeed(), history: {}, audit: [] });
  return backup;
}

function jsonFile(value: unknown, name = 'backup.json'): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });
}

describe('the backup page', () => {
  it('downloads all data as one dated JSON file, and offers no restore over data', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    signInAs('claire-coordinator');
    renderApp('/admin/backup');

    await user.click(await screen.findByRole('button', { name: 'Download backup' }));
    const status = await screen.findByText(/^Downloaded charter-monitor-backup-/);
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file?.name).toMatch(/^charter-monitor-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(status).toHaveTextContent(`Downloaded ${file?.name ?? ''}.`);
    const backup = JSON.parse((await file?.contents.text()) ?? '') as Backup;
    expect(backup).toMatchObject({ format: 'charter-monitor-backup', version: 1 });
    expect(backup.cities).toHaveLength(30);
    expect(backup.users.map((person) => person.id)).toContain('claire-coordinator');

    const restore = screen.getByRole('region', { name: 'Restore from a backup' });
    expect(
      within(restore).getByText(/already holds data \(cities: 30, rounds: 6\)/),
    ).toBeInTheDocument();
    expect(within(restore).queryByLabelText('Backup file (JSON)')).not.toBeInTheDocument();
  });

  it('lists the download in the audit log at once', async () => {
    const user = userEvent.setup();
    catchDownloads();
    signInAs('claire-coordinator');
    renderApp('/admin/audit');
    expect(
      await screen.findByText('No administrative change has been made yet.'),
    ).toBeInTheDocument();

    const backToAdministration = () =>
      user.click(
        within(screen.getByRole('navigation', { name: 'Administration pages' })).getByRole('link', {
          name: 'Administration',
        }),
      );
    await backToAdministration();
    await user.click(await screen.findByRole('link', { name: 'Backup and restore' }));
    await user.click(await screen.findByRole('button', { name: 'Download backup' }));
    await screen.findByText(/^Downloaded charter-monitor-backup-/);
    await backToAdministration();
    await user.click(await screen.findByRole('link', { name: 'Audit log' }));

    const table = await screen.findByRole('table', {
      name: 'Administrative changes, newest first',
    });
    const [, download] = within(table).getAllByRole('row');
    if (!download) throw new Error('A row for the download');
    expect(within(download).getByText('Downloaded a backup')).toBeInTheDocument();
    expect(within(download).getByText('Claire Dubois')).toBeInTheDocument();
    expect(within(download).getByText(/^Backup of /)).toBeInTheDocument();
  });

  it('is for coordinators only', async () => {
    signInAs('lotte-ghent');
    renderApp('/admin/backup');
    expect(
      await screen.findByText('Only coordinators administer Charter Monitor.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download backup' })).not.toBeInTheDocument();
  });

  it('names a wrong file next to the field, and restores a good one after asking', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    const backup = await backupThenEmpty();
    renderApp('/admin/backup');
    const field = await screen.findByLabelText('Backup file (JSON)');

    await user.click(screen.getByRole('button', { name: 'Restore from this file' }));
    expect(field).toHaveAccessibleDescription(/Choose a backup file first\.$/);

    const wrongFiles: [File, RegExp][] = [
      [jsonFile('{"format": "charter-monitor-backup",'), /This file is not JSON/],
      [jsonFile({ cities: [] }), /This file is not a Charter Monitor backup\.$/],
      [
        jsonFile({ ...backup, version: 2 }),
        /made by a newer Charter Monitor \(format 2\); this one reads format 1/,
      ],
      [
        jsonFile({ ...backup, rounds: [] }),
        /damaged or incomplete.*First problem at: assessments\.0\.roundId/,
      ],
    ];
    for (const [file, message] of wrongFiles) {
      await user.upload(field, file);
      expect(field).toHaveAccessibleDescription(message);
      expect(field).toBeInvalid();
      await user.click(screen.getByRole('button', { name: 'Restore from this file' }));
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    }
    expect(mockDatabase.store.data().cities).toEqual([]);

    await user.upload(field, jsonFile(backup, 'charter-monitor-backup-2026-11-30.json'));
    expect(field).toBeValid();
    expect(
      screen.getByText(/^charter-monitor-backup-2026-11-30\.json, taken /),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore from this file' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restore this backup?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(mockDatabase.store.data().cities).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Restore from this file' }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(/^The backup was restored\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Restore from a backup' })).toHaveFocus();
    const written = within(screen.getByRole('region', { name: 'Restore from a backup' })).getByRole(
      'status',
    );
    expect(within(written).getByText('Users added').nextSibling).toHaveTextContent('6');
    expect(mockDatabase.store.data().cities).toHaveLength(30);
    expect(mockDatabase.store.data().assessments).toHaveLength(backup.assessments.length);
    expect(screen.queryByLabelText('Backup file (JSON)')).not.toBeInTheDocument();
  });

  it('says so next to the field when the server refuses, and changes nothing', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    const backup = await backupThenEmpty();
    server.use(
      http.post('*/api/restore', () =>
        HttpResponse.json(
          { error: { code: 'already_exists', message: 'This instance already holds data' } },
          { status: 409 },
        ),
      ),
    );
    renderApp('/admin/backup');
    const field = await screen.findByLabelText('Backup file (JSON)');
    await user.upload(field, jsonFile(backup));
    await user.click(screen.getByRole('button', { name: 'Restore from this file' }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(/already holds data, so nothing was restored/)).toHaveAttribute(
      'id',
      'backup-file-error',
    );
    expect(field).toHaveAccessibleDescription(/already holds data, so nothing was restored\.$/);
    expect(screen.getByRole('button', { name: 'Restore from this file' })).toHaveFocus();
    expect(mockDatabase.store.data().cities).toEqual([]);
  });
});
