import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockDatabase } from '../../../mocks/node';
import { i18next, showLanguage } from '../../lib/i18n';
import { renderApp, signInAs } from '../../../tests/utils/render-app';

const storedCity = (id: string) => mockDatabase.store.data().cities.find((city) => city.id === id);

describe('the cities administration page', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('is reached from the Administration entry of the navigation, named as administration', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    // A light page to start from: the navigation is the same on every page.
    renderApp('/settings');
    await user.click(
      await screen.findByRole('link', { name: 'Administration' }, { timeout: 5000 }),
    );
    const sections = await screen.findByRole('list', { name: 'Administration pages' });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Manage reporting rounds',
      'Manage signatory cities',
      'Manage people',
      'Import past rounds',
      'Audit log',
      'Backup and restore',
    ]);
    // The page says it administers, unlike the public list of the same cities.
    await user.click(within(sections).getByRole('link', { name: 'Manage signatory cities' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Manage signatory cities' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Manage signatory cities · Charter Monitor');
  });

  it('adds a city with its names and source, its country code typed in lower case', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/cities');
    await user.click(await screen.findByRole('button', { name: 'Add a city' }));
    const form = screen.getByRole('form', { name: 'Add a city' });
    await user.type(within(form).getByLabelText('Name in English'), 'Lodz');
    await user.type(within(form).getByLabelText(/^Country code/), 'pl');
    await user.type(within(form).getByLabelText('Latitude'), '51,759');
    await user.type(within(form).getByLabelText('Longitude'), '19.456');
    await user.click(within(form).getByRole('radio', { name: 'In one year' }));
    await user.type(within(form).getByLabelText('Year'), '2024');
    await user.click(within(form).getByRole('button', { name: 'Add a name' }));
    await user.type(within(form).getByLabelText(/^Language code/), 'pl');
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Łódź');
    await user.click(within(form).getByRole('checkbox', { name: 'The city’s own language' }));
    await user.type(within(form).getByLabelText(/^Source note/), 'Council resolution 2024');
    await user.click(within(form).getByRole('button', { name: 'Add city' }));

    const added = await screen.findByText('Lodz added.');
    await waitFor(() => {
      expect(added).toHaveFocus();
    });
    expect(storedCity('lodz')).toMatchObject({
      name: 'Lodz',
      names: { pl: 'Łódź' },
      localLanguages: ['pl'],
      countryCode: 'PL',
      signed: { earliestYear: 2024, latestYear: 2024 },
      coordinates: { lat: 51.759, lon: 19.456 },
      sourceNote: 'Council resolution 2024',
      archived: false,
    });
  });

  it('refuses a name of spaces and says what to enter in each field, in the reader’s language', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/cities');
    await user.click(await screen.findByRole('button', { name: 'Add a city' }));
    const form = screen.getByRole('form', { name: 'Add a city' });
    const name = within(form).getByLabelText('Name in English');
    await user.type(name, '   ');
    await user.type(within(form).getByLabelText(/^Country code/), 'PL');
    await user.type(within(form).getByLabelText('Latitude'), '100');
    await user.type(within(form).getByLabelText('Longitude'), '19.456');
    await user.click(within(form).getByRole('button', { name: 'Add city' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Please correct the fields');
    expect(name).toHaveAccessibleDescription('Enter the name in English, up to 120 characters.');
    expect(within(form).getByLabelText('Latitude')).toHaveAccessibleDescription(
      'Enter a latitude from -90 to 90.',
    );
    expect(within(form).queryByText(/Too (small|big)|expected/)).not.toBeInTheDocument();
    expect(mockDatabase.store.data().cities.some((city) => city.name.trim() === '')).toBe(false);
  });

  it('says what to enter in French to a French reader', async () => {
    const user = userEvent.setup();
    await showLanguage('fr');
    signInAs('claire-coordinator');
    renderApp('/admin/cities');
    await user.click(await screen.findByRole('button', { name: 'Ajouter une ville' }));
    const form = screen.getByRole('form', { name: 'Ajouter une ville' });
    await user.type(within(form).getByLabelText('Latitude'), '100');
    await user.click(within(form).getByRole('button', { name: 'Ajouter la ville' }));
    expect(within(form).getByLabelText('Latitude')).toHaveAccessibleDescription(
      'Saisissez une latitude comprise entre -90 et 90.',
    );
  });

  it('lists the cities by name in the reader’s language', async () => {
    await showLanguage('de');
    signInAs('claire-coordinator');
    renderApp('/admin/cities');
    const table = await screen.findByRole('table', { name: 'Unterzeichnerstädte' });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names.slice(0, 4)).toEqual(['Amsterdam', 'Antwerpen', 'Athen', 'Barcelona']);
    expect(names.at(-1)).toBe('Zagreb');
  });

  it('archives a city after confirming, then lists it only on request', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/cities');
    await user.type(await screen.findByRole('searchbox', { name: 'Search cities' }), 'warsz');
    const table = screen.getByRole('table', { name: 'Signatory cities' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    await user.click(within(table).getByRole('button', { name: 'Archive Warsaw' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Archive Warsaw?' });
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Archive Warsaw' })).toHaveFocus();
    expect(storedCity('warsaw')?.archived).toBe(false);

    await user.click(within(table).getByRole('button', { name: 'Archive Warsaw' }));
    dialog = screen.getByRole('alertdialog', { name: 'Archive Warsaw?' });
    await user.click(within(dialog).getByRole('button', { name: 'Archive the city' }));
    // The row and its button are gone: focus is on the message that says what happened.
    const archived = await screen.findByText('Warsaw archived.');
    await waitFor(() => {
      expect(archived).toHaveFocus();
    });
    expect(storedCity('warsaw')?.archived).toBe(true);
    expect(within(table).queryByRole('row', { name: /Warsaw/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show archived cities' }));
    const row = within(table).getByRole('row', { name: /Warsaw/ });
    expect(within(row).getByText('Archived')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Restore Warsaw' }));
    expect(await screen.findByText('Warsaw restored.')).toHaveFocus();
    expect(storedCity('warsaw')?.archived).toBe(false);
  });

  it('edits a city, starting from what it is now', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/cities');
    await user.click(await screen.findByRole('button', { name: 'Edit Ghent' }));
    const form = screen.getByRole('form', { name: 'Edit Ghent' });
    expect(within(form).getByLabelText('Name in English')).toHaveValue('Ghent');
    const note = within(form).getByLabelText(/^Source note/);
    await user.type(note, 'Founding signatory, 2010');
    await user.click(within(form).getByRole('button', { name: 'Save city' }));
    expect(await screen.findByText('Ghent saved.')).toHaveFocus();
    expect(storedCity('ghent')).toMatchObject({
      sourceNote: 'Founding signatory, 2010',
      names: { nl: 'Gent', fr: 'Gand', de: 'Gent' },
      localLanguages: ['nl'],
    });
  });

  it('gives focus back to the button that opened the form when it is cancelled', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/admin/cities');
    await user.click(await screen.findByRole('button', { name: 'Edit Ghent' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Ghent' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Add a city' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Add a city' })).toHaveFocus();
  });
});
