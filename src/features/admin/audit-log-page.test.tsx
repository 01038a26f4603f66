import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { auditEntryOf, type AuditRecord } from '../../domain/audit';
import { i18next, showLanguage } from '../../lib/i18n';
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

const claire = { id: 'claire-coordinator', name: 'Claire Dubois' };

/** Appends one entry straight to the store, made by Claire at `minute` past 9 on 30 Nov 2026. */
async function record(id: string, minute: number, change: Omit<AuditRecord, 'actor'>) {
  await mockDatabase.store.appendAuditEntry(
    auditEntryOf({ actor: claire, ...change }, id, new Date(Date.UTC(2026, 10, 30, 9, minute))),
  );
}

/** What a change's cell says, field by field: each label and its before → after as read. */
function changesIn(row: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    within(row)
      .getAllByRole('term')
      .map((term) => [
        term.textContent,
        (term.nextElementSibling?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim(),
      ]),
  );
}

/** The rows of the log as a person sees them, newest first. */
async function logRows(caption: string): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table', { name: caption });
  return within(table).getAllByRole('row').slice(1);
}

/** A person, a city renamed since, and a person who is gone, each changed once. */
async function recordPeopleAndCities() {
  await record('person', 0, {
    action: 'user.update',
    target: { kind: 'user', id: 'sam-viewer' },
    before: { id: 'sam-viewer', name: 'Sam Taylor', role: 'viewer', cityId: null },
    after: { id: 'sam-viewer', name: 'Sam Taylor', role: 'member', cityId: 'ghent' },
  });
  await record('city', 1, {
    action: 'city.update',
    target: { kind: 'city', id: 'ghent' },
    before: {
      name: 'Gent',
      signed: null,
      localLanguages: [],
      sourceNote: '',
    },
    after: {
      name: 'Ghent',
      signed: { earliestYear: 2015, latestYear: 2018 },
      localLanguages: ['nl'],
      sourceNote: 'Council decision',
    },
  });
  await record('gone', 2, {
    action: 'user.deactivate',
    target: { kind: 'user', id: 'f4e39598-de5b-4f7e-9c1a-2d1f0e6b7a11' },
    before: { name: 'Ana Gone', status: 'active', notificationsEnabled: true },
    after: { name: 'Ana Gone', status: 'deactivated', notificationsEnabled: false },
  });
}

describe('the audit log page', () => {
  it('names what was changed and words every field, before and after', async () => {
    await recordPeopleAndCities();
    signInAs('claire-coordinator');
    renderApp('/admin/audit');
    const [gone, city, person] = await logRows('Administrative changes, newest first');
    if (!gone || !city || !person) throw new Error('Three rows');

    expect(within(person).getByRole('cell', { name: 'Sam Taylor' })).toBeInTheDocument();
    expect(changesIn(person)).toEqual({
      Role: 'Before: Report author → After: Working-group member',
      City: 'Before: — → After: Ghent',
    });

    // The city by its current name (in the sample, Ghent), not its id.
    expect(within(city).getByRole('cell', { name: 'Ghent' })).toBeInTheDocument();
    expect(changesIn(city)).toEqual({
      Name: 'Before: Gent → After: Ghent',
      'Signing of the charter': 'Before: Not known → After: 2015–2018',
      'Own languages': 'Before: None → After: Dutch',
      'Source note': 'Before: — → After: Council decision',
    });

    // Gone from the people list: named as the entry recorded them.
    expect(within(gone).getByRole('cell', { name: 'Ana Gone' })).toBeInTheDocument();
    expect(changesIn(gone)).toEqual({
      Status: 'Before: Active → After: Deactivated',
      'Notifications by e-mail': 'Before: Yes → After: No',
    });
  });

  it('lists what a creation set, not the id the "Changed" column already names', async () => {
    await record('added', 0, {
      action: 'city.create',
      target: { kind: 'city', id: 'ghent' },
      before: null,
      after: { id: 'ghent', name: 'Ghent', countryCode: 'BE', archived: false },
    });
    signInAs('claire-coordinator');
    renderApp('/admin/audit');
    const [added] = await logRows('Administrative changes, newest first');
    if (!added) throw new Error('One row');
    expect(within(added).getByRole('cell', { name: 'Ghent' })).toBeInTheDocument();
    expect(changesIn(added)).toEqual({
      Name: 'Ghent',
      Country: 'Belgium',
      Archived: 'No',
    });
  });

  it('words the change in French, with the colon spaced as French writes it', async () => {
    await recordPeopleAndCities();
    await showLanguage('fr');
    try {
      signInAs('claire-coordinator');
      renderApp('/admin/audit');
      const [, city, person] = await logRows(
        'Modifications administratives, de la plus récente à la plus ancienne',
      );
      if (!city || !person) throw new Error('Three rows');
      expect(within(city).getByRole('cell', { name: 'Gand' })).toBeInTheDocument();
      expect(changesIn(person)).toEqual({
        Rôle: 'Avant\u00a0: Auteur de rapport → Après\u00a0: Membre du groupe de travail',
        Ville: 'Avant\u00a0: — → Après\u00a0: Gand',
      });
    } finally {
      await i18next.changeLanguage('en');
    }
  });

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
    expect(changesIn(newest)).toEqual({ Status: 'Before: Open → After: Closed' });
  });

  it('says when an action changed no field, as sending an invitation again', async () => {
    const sam = { id: 'sam-viewer', name: 'Sam Taylor', role: 'viewer', cityId: null };
    await record('again', 0, {
      action: 'user.reinvite',
      target: { kind: 'user', id: 'sam-viewer' },
      before: sam,
      after: sam,
    });
    signInAs('claire-coordinator');
    renderApp('/admin/audit');
    const [row] = await logRows('Administrative changes, newest first');
    if (!row) throw new Error('A row');
    expect(within(row).getByRole('cell', { name: 'Sent an invitation again' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'No field changed' })).toBeInTheDocument();
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
    // The record keeps what was stored: ids and JSON, not the page's words.
    expect(lines[1]).toContain(
      ',"{""status"":""open"",""deadline"":""2027-01-31""}","{""status"":""closed"",""deadline"":""2027-01-31""}"',
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
