import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, signInAs } from '../../tests/utils/render-app';

const heatmapTitle = 'Ratings per commitment, 2022';

/** The heatmap of a comparison, its Embed dialog open. */
async function openEmbedDialog(user: ReturnType<typeof userEvent.setup>) {
  signInAs('sam-viewer');
  renderApp('/compare?round=2022&cities=ghent,warsaw&view=heatmap');
  const chart = await screen.findByRole('region', { name: heatmapTitle });
  await user.click(within(chart).getByRole('button', { name: `Export: ${heatmapTitle}` }));
  await user.click(screen.getByRole('menuitem', { name: 'Embed in a web page' }));
  const dialog = screen.getByRole('dialog', { name: 'Embed this chart' });
  const snippet = within(dialog).getByLabelText<HTMLTextAreaElement>('HTML to paste');
  return { chart, dialog, snippet };
}

/** The snippet's attributes, as a browser would read them. */
function iframeOf(snippet: string): HTMLIFrameElement {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const iframe = template.content.firstElementChild;
  if (!(iframe instanceof HTMLIFrameElement)) throw new Error(`Not an iframe: ${snippet}`);
  return iframe;
}

describe('embedding a chart', () => {
  it('gives an iframe of the chart with the page’s whole state, and copies it', async () => {
    const user = userEvent.setup();
    const { dialog, snippet } = await openEmbedDialog(user);
    expect(snippet).toHaveFocus();
    expect(snippet).toHaveAttribute('readonly');

    const iframe = iframeOf(snippet.value);
    const src = new URL(iframe.getAttribute('src') ?? '');
    expect(src.origin).toBe(window.location.origin);
    expect(src.pathname).toBe('/embed/compare/heatmap');
    expect(src.search).toBe('?round=2022&cities=ghent,warsaw&view=heatmap&lang=en');
    expect(iframe.title).toBe(heatmapTitle);
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('loading')).toBe('lazy');

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(snippet.value);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');
  });

  it('says how to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    const { dialog, snippet } = await openEmbedDialog(user);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('', 'NotAllowedError'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Copying was not allowed here',
    );
    expect(snippet).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the export button', async () => {
    const user = userEvent.setup();
    const { chart } = await openEmbedDialog(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: `Export: ${heatmapTitle}` })).toHaveFocus();
  });

  it('is not offered where the page cannot be embedded', async () => {
    const user = userEvent.setup();
    signInAs('sam-viewer');
    renderApp('/cities/ghent/report');
    const exportButtons = await screen.findAllByRole('button', { name: /^Export: / });
    await user.click(exportButtons[0] as HTMLElement);
    expect(screen.getAllByRole('menuitem').length).toBeGreaterThan(0);
    expect(screen.queryByRole('menuitem', { name: 'Embed in a web page' })).not.toBeInTheDocument();
  });

  it('is not offered for what only signed-in readers see, since visitors read embeds', async () => {
    const user = userEvent.setup();
    signInAs('claire-coordinator');
    renderApp('/?round=2026&include=unapproved');
    const menuOf = async (title: string) => {
      await user.click(await screen.findByRole('button', { name: `Export: ${title}` }));
      const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
      await user.keyboard('{Escape}');
      return items;
    };
    // Work in progress, and figures counting unapproved assessments: no Embed.
    expect(await menuOf('Where the 2026 round stands')).not.toContain('Embed in a web page');
    expect(
      await menuOf('Average score per role, by round, including unapproved assessments'),
    ).not.toContain('Embed in a web page');
    await user.click(screen.getByRole('checkbox', { name: /not approved yet/ }));
    expect(await menuOf('Average score per role, by round')).toContain('Embed in a web page');
  });
});
