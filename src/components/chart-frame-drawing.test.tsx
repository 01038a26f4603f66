import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/utils/render-app';

/** An IntersectionObserver the test moves by hand: `scrollNear` reports every area as near. */
class ScrolledObserver {
  static observers: ScrolledObserver[] = [];
  static options: IntersectionObserverInit[] = [];
  readonly targets: Element[] = [];
  constructor(
    private readonly callback: IntersectionObserverCallback,
    options: IntersectionObserverInit,
  ) {
    ScrolledObserver.observers.push(this);
    ScrolledObserver.options.push(options);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets.length = 0;
  }
  static scrollNear() {
    for (const observer of ScrolledObserver.observers) {
      const entries = observer.targets.map(
        (target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry,
      );
      if (entries.length > 0) {
        observer.callback(entries, observer as unknown as IntersectionObserver);
      }
    }
  }
}

/** The overview's first chart, as a visitor sees it, and the area it is drawn in. */
async function roleAveragesChart() {
  renderApp('/');
  const frame = await screen.findByRole('region', { name: 'Average score per role, by round' });
  return within(frame).getByRole('figure');
}

describe('a chart below the screen', () => {
  beforeEach(() => {
    ScrolledObserver.observers = [];
    ScrolledObserver.options = [];
    vi.stubGlobal('IntersectionObserver', ScrolledObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows its title, summary and table at once and draws the chart when scrolled near', async () => {
    const area = await roleAveragesChart();
    expect(area).toHaveAccessibleName('Average score per role, by round');
    // The keyboard hint joins the description once there is a chart to read.
    expect(area).toHaveAccessibleDescription(
      /^The average overall score of approved assessments went from [^.]*\.$/,
    );
    const frame = screen.getByRole('region', { name: 'Average score per role, by round' });
    expect(within(frame).getByRole('button', { name: 'Show as table' })).toBeEnabled();
    // Not drawn, and not loading either: nothing is fetched for it yet.
    expect(area.querySelector('.chart-frame__not-drawn')).not.toBeNull();
    expect(within(area).queryByRole('status')).not.toBeInTheDocument();
    const observing = ScrolledObserver.observers.findIndex((observer) =>
      observer.targets.includes(area),
    );
    // Near means within a quarter of the screen's height above or below it.
    expect(ScrolledObserver.options[observing]).toEqual({ rootMargin: '25% 0px' });

    act(() => {
      ScrolledObserver.scrollNear();
    });
    // The chart's legend names the four roles once it is drawn.
    const legend = await within(area).findByRole('list');
    expect(within(legend).getAllByRole('listitem')).toHaveLength(4);
    expect(area.querySelector('.chart-frame__not-drawn')).toBeNull();
    expect(area).toHaveAccessibleDescription(/Tab\) and use the arrow keys\.$/);
  });

  it('prints its numbers while it is not drawn', async () => {
    const area = await roleAveragesChart();
    expect(within(area).queryByRole('table', { hidden: true })).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const table = within(area).getByRole('table', { name: 'Average score per role, by round' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(within(area).queryByRole('table', { hidden: true })).not.toBeInTheDocument();
  });
});
