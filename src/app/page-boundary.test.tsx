/**
 * A page whose data does not come in time: through the real app, its HTTP data source and the
 * app's own retry policy, against the mock API with one endpoint that never answers.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp, signInAs } from '../../tests/utils/render-app';
import { noAnswer } from '../../tests/utils/slow-api';

/** Short, so the test does not wait the app's 15 s; the app's retry policy applies. */
const LIMIT = { requestTimeoutMs: 300, appRetries: true };

describe('a page whose data does not come in time', () => {
  it.each([
    // Fetched by the page itself.
    ['/cities', '*/api/cities', 'Signatory cities'],
    // Fetched before the first page is drawn, after the rounds it depends on.
    ['/', '*/api/rounds/:roundId/progress', 'Overview'],
  ])(
    '%s shows its error with "Try again" after one time limit, and "Try again" shows the page',
    async (path, endpoint, title) => {
      const user = userEvent.setup();
      signInAs('sam-viewer');
      let requests = 0;
      server.use(
        http.get(endpoint, (info) => {
          requests += 1;
          return noAnswer(info);
        }),
      );
      renderApp(path, LIMIT);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The server did not answer in time.');
      // Not tried again by itself: the person has waited one time limit already.
      expect(requests).toBe(1);

      server.resetHandlers();
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );
});
