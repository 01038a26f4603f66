import { describe, expect, it } from 'vitest';
import { pseudoCatalogue, pseudoText } from './pseudo-locale';

describe('pseudoText', () => {
  it('brackets the string and accents its letters', () => {
    expect(pseudoText('Sign in')).toBe('⟦Šígñ íñ⟧');
  });

  it('leaves placeholders, nestings and markup tags for i18next to fill', () => {
    expect(pseudoText('Hello {{name}}, see <settings>settings</settings> $t(app.name)')).toBe(
      '⟦Hélló {{name}}, šéé <settings>šéttíñgš</settings> $t(app.name)⟧',
    );
  });
});

describe('pseudoCatalogue', () => {
  it('keeps the key tree', () => {
    expect(pseudoCatalogue({ a: { b: 'Yes', c_one: 'one' } })).toEqual({
      a: { b: '⟦Ýéš⟧', c_one: '⟦óñé⟧' },
    });
  });
});
