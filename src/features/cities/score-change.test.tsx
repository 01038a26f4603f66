import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScoreChange } from './score-change';

function shown(change: number | null) {
  return render(<ScoreChange change={change} sinceYear={2020} />).container.textContent;
}

describe('ScoreChange', () => {
  it('rounds the arrow and the words as the number is shown, half away from zero', () => {
    expect(shown(-2.5)).toBe('▼ -3down 3 points since 2020');
    expect(shown(2.5)).toBe('▲ +3up 3 points since 2020');
    expect(shown(-0.5)).toBe('▼ -1down 1 point since 2020');
  });

  it('calls a change that shows as 0 no change, whichever its sign', () => {
    expect(shown(-0.4)).toBe('= 0no change since 2020');
    expect(shown(0.4)).toBe('= 0no change since 2020');
  });

  it('says when there is no change to show', () => {
    expect(shown(null)).toBe('–no change to show');
  });
});
