/**
 * The round pack when the data its charts need does not come: through the real app, on the
 * overview, whose own figures do not include the key trends the pack draws too.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp, signInAs } from '../../tests/utils/render-app';
import { noAnswer } from '../../tests/utils/slow-api';

describe('round pack', () => {
  it('says it could not be made when its data does not come in time, and leaves the page as it was', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    let requests = 0;
    server.use(
      http.get('*/api/key-trends', (info) => {
        requests += 1;
        return noAnswer(info);
      }),
    );
    renderApp('/', { requestTimeoutMs: 300 });
    await user.click(await screen.findByRole('button', { name: /^Download the 2026 round pack/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The round pack could not be made.');
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    const again = screen.getByRole('button', { name: /^Download the 2026 round pack/ });

    // Trying again asks the API again, rather than failing at once on the old error.
    await user.click(again);
    expect(await screen.findByRole('alert')).toHaveTextContent('The round pack could not be made.');
    expect(requests).toBe(2);
    expect(within(screen.getByRole('main')).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Overview',
    );
  });
});
