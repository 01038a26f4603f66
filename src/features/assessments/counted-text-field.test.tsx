import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountedTextField } from './counted-text-field';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';

function renderField(value: string) {
  render(
    <CountedTextField
      field="ratings.EM2.evidence"
      label="Evidence for EM2"
      value={value}
      maxLength={2000}
      errors={undefined}
      onChange={() => undefined}
    />,
  );
  return screen.getByLabelText('Evidence for EM2');
}

describe('CountedTextField', () => {
  it('counts characters as a person sees them: 1,995 letters and a family emoji are 1,996', () => {
    const field = renderField('a'.repeat(1995) + FAMILY);
    expect(field).toHaveAccessibleDescription('1,996 of 2,000 characters');
    expect(screen.getByText('1,996 of 2,000 characters')).not.toHaveClass('char-count--over');
    // A maxLength attribute would count UTF-16 units and stop typing before the limit.
    expect(field).not.toHaveAttribute('maxlength');
  });

  it('marks a text over the limit', () => {
    renderField('e\u0301'.repeat(2001));
    expect(screen.getByText('2,001 of 2,000 characters')).toHaveClass('char-count--over');
  });
});
