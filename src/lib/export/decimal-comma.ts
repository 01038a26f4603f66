/**
 * Numbers as Excel set to a German, French, Dutch (and most other European) locale reads them
 * from a CSV file: a decimal comma and no thousands grouping, since a grouping dot or space
 * would be read as text or as a decimal point.
 */

/**
 * `value` written with a decimal comma: 1234.5 → "1234,5", -12.5 → "-12,5", 42 → "42". All the
 * digits a number has are kept (round it first: averages are rounded to one decimal place by
 * `exportedValues`); the minus is a hyphen-minus, which every spreadsheet reads as negative;
 * -0 is "0". NaN and infinities are not numbers a spreadsheet can hold: they are written as an
 * empty cell, as a missing value is.
 */
export function decimalComma(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  return plainDigits(value).replace('.', ',');
}

/** The number's digits without an exponent (`String` writes 1e21 and 1e-7 in exponent form). */
function plainDigits(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(20).replace(/0+$/, '');
}
