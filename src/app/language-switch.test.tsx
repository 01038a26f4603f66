import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../lib/i18n';
import { renderApp } from '../../tests/utils/render-app';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('the language switch', () => {
  it('shows the whole page in the chosen language, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/trends');
    await screen.findByRole('heading', { level: 1, name: 'Key trends' });

    const header = screen.getByRole('banner');
    await user.selectOptions(within(header).getByLabelText('Language'), 'Deutsch');

    expect(await screen.findByRole('heading', { level: 1, name: 'Schlüsseltrends' })).toBeVisible();
    expect(within(header).getByLabelText('Sprache')).toHaveValue('de');
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('charter-monitor.language')).toBe('de');
  });

  it('names each language in that language, marked up as such', async () => {
    renderApp('/trends');
    await screen.findByRole('heading', { level: 1, name: 'Key trends' });
    const options = within(screen.getByLabelText('Language')).getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Français', 'fr'],
      ['Deutsch', 'de'],
    ]);
  });
});
