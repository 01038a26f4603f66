import { render, screen } from '@testing-library/react';
import type { BarShapeProps } from 'recharts';
import { describe, expect, it } from 'vitest';
import { BarValueMark } from './bar-value-mark';

/** Recharts' rectangle for a column whose baseline is at y = 200: 0 and missing are flat. */
function column(y: number, height: number): BarShapeProps {
  return { x: 10, y, width: 20, height, fill: 'url(#a)', stroke: '#1f2328' } as BarShapeProps;
}

function renderMark(bar: BarShapeProps, value: number | null, labelAll = false) {
  const { container } = render(
    <svg>
      <BarValueMark
        bar={bar}
        value={value}
        missingLabel="no assessment"
        formatValue={(score) => String(score)}
        orientation="column"
        labelAll={labelAll}
      />
    </svg>,
  );
  return container.querySelector('rect');
}

describe('BarValueMark', () => {
  it('draws a 0 as a filled stub on the baseline, labelled "0"', () => {
    const rect = renderMark(column(200, 0), 0);
    expect(screen.getByText('0')).toBeInTheDocument();
    expect(rect).toHaveAttribute('height', '4');
    expect(rect).toHaveAttribute('y', '196');
    expect(rect).toHaveAttribute('fill', 'url(#a)');
    expect(rect).not.toHaveAttribute('stroke-dasharray');
  });

  it('draws a missing value as a dashed, empty stub with the words for why', () => {
    const rect = renderMark(column(200, 0), null);
    expect(screen.getByText('no assessment')).toBeInTheDocument();
    expect(screen.queryByText('0')).not.toBeInTheDocument();
    expect(rect).toHaveAttribute('height', '4');
    expect(rect).toHaveAttribute('fill', '#ffffff');
    expect(rect).toHaveAttribute('stroke-dasharray', '3 2');
  });

  it('draws a value above 0 as the bar itself, labelled only when asked', () => {
    const rect = renderMark(column(100, 100), 50);
    expect(rect).toHaveAttribute('height', '100');
    expect(screen.queryByText('50')).not.toBeInTheDocument();
  });

  it('labels a value above 0 when every bar is labelled', () => {
    renderMark(column(100, 100), 50, true);
    expect(screen.getByText('50')).toBeInTheDocument();
  });
});
