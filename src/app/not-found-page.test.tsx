import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs } from '../../tests/utils/render-app';

describe('not-found pages', () => {
  it.each([
    [
      '/cities/nowhere',
      'City not found',
      /no signatory city with the id “nowhere”/,
      'Go to the list of cities',
      '/cities',
    ],
    [
      '/cities/nowhere/report',
      'City not found',
      /no signatory city with the id “nowhere”/,
      'Go to the list of cities',
      '/cities',
    ],
    [
      '/assessments/nowhere-2026',
      'Assessment not found',
      /no assessment with the id “nowhere-2026”/,
      'Go to the overview',
      '/',
    ],
  ])(
    '%s says what the API did not find, with a way back',
    async (path, title, body, back, href) => {
      signInAs('claire-coordinator');
      renderApp(path);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByText(body)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: back })).toHaveAttribute('href', href);
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      // Set by an effect of the heading: it may come just after the heading is on screen.
      await waitFor(() => {
        expect(document.title).toBe(`${title} · Charter Monitor`);
      });
    },
  );
});
