/**
 * The API JSON each budgeted page fetches on the 2,000-city data set (scripts/bench/
 * page-json-bytes.ts), printed as a table, against the budgets of issue 13.
 */
import { describe, expect, it } from 'vitest';
import { formatPageJsonBytes, pageJsonBytes } from '../../scripts/bench/page-json-bytes';

describe('API JSON per page on the synthetic data set', () => {
  it(
    "fetches no score rows, and each page's answers, as the server sends them, stay within budget",
    {
      timeout: 120_000,
    },
    async () => {
      const pages = await pageJsonBytes();
      console.info(formatPageJsonBytes(pages));
      const page = (name: string) => {
        const found = pages.find((candidate) => candidate.name === name);
        if (!found) throw new Error(`No page ${name}`);
        return found;
      };
      for (const { name, answers } of pages) {
        expect({ name, failed: answers.filter((answer) => answer.status !== 200) }).toEqual({
          name,
          failed: [],
        });
        expect(answers.some((answer) => answer.path.startsWith('/scores'))).toBe(false);
      }
      // As the server sends them (compressed); the JSON itself is printed beside.
      for (const name of ['overview', 'key-trends', 'city-profile']) {
        const { sentBytes, budget } = page(name);
        expect({ name, withinBudget: sentBytes <= budget }).toEqual({ name, withinBudget: true });
      }
    },
  );
});
