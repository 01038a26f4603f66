import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { auditEntryOf } from '../../domain/audit';
import { catchDownloads } from '../../../tests/utils/downloads';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

/** Appends `count` entries straight to the store, the newest closing round 2026. */
async function recordChanges(count: number) {
  for (let index = 0; index < count; index += 1) {
    const last = index === count - 1;
    await mockDatabase.store.appendAuditEntry(
      auditEntryOf(
        {
          actor: { id: 'claire-coordinator', name: 'Claire Dubois' },
          action: last ? 'round.close' : 'round.update',
          target: { kind: 'round', id: '2026' },
          before: { status: 'open', deadline: '2027-01-31' },
          after: last
            ? { status: 'closed', deadline: '2027-01-31' }
            : { status: 'open', deadline: `2027-02-${String(10 + (index % 18))}` },
        },
        `entry-${String(index)}`,
        new Date(Date.UTC(2026, 10, 30, 9, index)),
      ),
    );
  }
}

describe('the audit log page', () => {
  it('shows each change newest first: when, who, what in words, and the fields before and after', async () => {
    await recordChanges(3);
    signInAs('claire-coordinator');
    renderApp('/admin/audit');
    const table = await screen.findByRole('table', {
      name: 'Administrative changes, newest first',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const [newest] = rows;
    if (!newest) throw new Error('A row');
    expect(within(newest).getByText('Closed a round')).toBeInTheDocument();
    expect(within(newest).getByText('Round 2026')).toBeInTheDocument();
    expect(within(newest).getByText('Claire Dubois')).toBeInTheDocument();
    expect(within(newest).getByText('30 Nov 2026, 09:02')).toBeInTheDocument();
    expect(within(newest).getByText('status')).toBeInTheDocument();
    expect(within(newest).getByText('open')).toBeInTheDocument();
    expect(within(newest).getByText('closed')).toBeInTheDocument();
    expect(within(newest).queryByText('deadline')).not.toBeInTheDocument();
  });

  it('reads older changes a page at a time', async () => {
    await recordChanges(60);
    signInAs('claire-coordinator');
    renderApp('/admin/audit');
    const table = await screen.findByRole('table', {
      name: 'Administrative changes, newest first',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    await userEvent.click(screen.getByRole('button', { name: 'Show older changes' }));
    await waitFor(() => {
      expect(within(table).getAllByRole('row')).toHaveLength(61);
    });
    expect(screen.queryByRole('button', { name: 'Show older changes' })).not.toBeInTheDocument();
  });

  it('exports the whole log as CSV', async () => {
    await recordChanges(3);
    const files = catchDownloads();
    signInAs('claire-coordinator');
    renderApp('/admin/audit');
    await userEvent.click(await screen.findByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const [file] = files;
    expect(file?.name).toMatch(/^charter-monitor-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await file?.contents.text();
    const lines =
      text
        ?.replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n') ?? [];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'When (UTC),Who,Who (id),What,Action (code),Kind,Changed (id),Before (JSON),After (JSON)',
    );
    expect(lines[1]).toContain(
      '2026-11-30T09:02:00.000Z,Claire Dubois,claire-coordinator,Closed a round,round.close,round,2026',
    );
  });

  it('says so when nothing has been changed yet', async () => {
    signInAs('claire-coordinator');
    renderApp('/admin/audit');
    expect(
      await screen.findByText('No administrative change has been made yet.'),
    ).toBeInTheDocument();
  });
});
