/**
 * Before any script has run, index.html paints the header's bar with the product's name; while
 * the first page's code and data arrive, React draws the same bar with the loading line. An
 * embedded chart shows the loading line alone, in the other site's frame.
 */
import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppLoading, EmbedLoading } from './app-loading';

describe('what a first visit shows before its page', () => {
  it('paints the header’s bar from index.html, inside the root React replaces', () => {
    const page = new DOMParser().parseFromString(
      readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8'),
      'text/html',
    );
    const bar = page.querySelector('#root > header.app-boot');
    expect(bar?.textContent).toBe('Charter Monitor');
  });

  it('keeps the bar while the first page loads, and says it is loading', () => {
    render(<AppLoading />);
    expect(screen.getByRole('banner')).toHaveTextContent('Charter Monitor');
    expect(screen.getByRole('banner')).toHaveClass('app-boot');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('status'));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('shows an embedded chart’s loading line without the app’s bar', () => {
    render(<EmbedLoading />);
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});
