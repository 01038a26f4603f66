import { describe, expect, it } from 'vitest';
import { decimalComma } from './decimal-comma';

describe('decimalComma', () => {
  it.each([
    [66.7, '66,7'],
    [54.2, '54,2'],
    [0.5, '0,5'],
    [100, '100'],
  ])('writes the one-decimal average %d as %s', (value, text) => {
    expect(decimalComma(value)).toBe(text);
  });

  it('groups no thousands: 1234.5 is 1234,5, never 1.234,5 or 1 234,5', () => {
    expect(decimalComma(1234.5)).toBe('1234,5');
    expect(decimalComma(2000)).toBe('2000');
    expect(decimalComma(1_000_000.25)).toBe('1000000,25');
  });

  it('writes negative numbers with a hyphen-minus a spreadsheet reads', () => {
    expect(decimalComma(-12.5)).toBe('-12,5');
    expect(decimalComma(-5)).toBe('-5');
    expect(decimalComma(-0.1)).toBe('-0,1');
  });

  it('writes integers without a decimal part, and zero (also -0) as 0', () => {
    expect(decimalComma(0)).toBe('0');
    expect(decimalComma(-0)).toBe('0');
    expect(decimalComma(42)).toBe('42');
    expect(decimalComma(2022)).toBe('2022');
  });

  it('never falls back to exponent notation', () => {
    expect(decimalComma(1e21)).toBe('1000000000000000000000');
    expect(decimalComma(-1e22)).toBe('-10000000000000000000000');
    expect(decimalComma(1e-7)).toBe('0,0000001');
    expect(decimalComma(-1.5e-7)).toBe('-0,00000015');
  });

  it('writes what is not a finite number as an empty cell, like a missing value', () => {
    expect(decimalComma(Number.NaN)).toBe('');
    expect(decimalComma(Number.POSITIVE_INFINITY)).toBe('');
  });
});
