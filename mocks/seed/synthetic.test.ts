import { describe, expect, it } from 'vitest';
import { averagesByRound } from '../../src/domain/aggregation';
import { assessmentSchema } from '../../src/domain/assessment';
import { citySchema } from '../../src/domain/city';
import { isCityInRound } from '../../src/domain/round';
import { seedCities } from './cities';
import { seedRounds } from './rounds';
import {
  generateSyntheticCities,
  generateSyntheticDataSet,
  SYNTHETIC_CITY_COUNT,
  syntheticCountryCodes,
} from './synthetic';
import { seedUsers } from './users';

const dataSet = generateSyntheticDataSet(seedUsers);
const invented = dataSet.cities.filter((city) => city.id.startsWith('synthetic-'));
const inventedIds = new Set(invented.map((city) => city.id));
const openRound = dataSet.rounds.find((round) => round.status === 'open');

describe('the synthetic scale-test data set', () => {
  it('is the same on every run', () => {
    const again = generateSyntheticDataSet(seedUsers);
    expect(again.cities).toEqual(dataSet.cities);
    expect(again.rounds).toEqual(dataSet.rounds);
    expect(again.assessments.length).toBe(dataSet.assessments.length);
    // Every 97th assessment, compared whole, and every id in order: any drift shows.
    expect(again.assessments.filter((_, index) => index % 97 === 0)).toEqual(
      dataSet.assessments.filter((_, index) => index % 97 === 0),
    );
    expect(again.assessments.map((assessment) => assessment.id)).toEqual(
      dataSet.assessments.map((assessment) => assessment.id),
    );
  });

  it('has 2,000 cities: the 30 real signatories and 1,970 invented ones named as synthetic', () => {
    expect(dataSet.cities).toHaveLength(SYNTHETIC_CITY_COUNT);
    expect(dataSet.cities.slice(0, seedCities.length)).toEqual(seedCities);
    expect(invented).toHaveLength(1970);
    expect(new Set(dataSet.cities.map((city) => city.id)).size).toBe(2000);
    for (const city of invented) {
      expect(city.name).toMatch(/^\p{Lu}\p{Ll}+ \(synthetic \d{4}\)$/u);
      expect(citySchema.safeParse(city).success).toBe(true);
    }
  });

  it('gives a few invented cities a local name spelled with letters search must fold', () => {
    const named = invented.filter((city) => city.localLanguages.length > 0);
    expect(named.length).toBeGreaterThanOrEqual(20);
    expect(named.length).toBeLessThanOrEqual(60);
    for (const city of named) {
      const [language] = city.localLanguages;
      const suffix = / \(synthetic \d{4}\)$/u.exec(city.name)?.[0];
      expect(Object.keys(city.names)).toEqual([language]);
      expect(city.names[language ?? '']?.endsWith(suffix ?? '?')).toBe(true);
    }
    const localNames = named.flatMap((city) => Object.values(city.names)).join(' ');
    for (const letter of ['ł', 'ø', 'đ', 'ß', 'æ', 'ő', 'ș', 'ř']) {
      expect(localNames).toContain(letter);
    }
    expect(invented.filter((city) => Object.keys(city.names).length === 0).length).toBe(
      invented.length - named.length,
    );
  });

  it('places invented cities in European countries, with coordinates inside Europe', () => {
    const countries = new Set(invented.map((city) => city.countryCode));
    expect(countries.size).toBeGreaterThanOrEqual(25);
    for (const city of invented) {
      expect(syntheticCountryCodes).toContain(city.countryCode);
      expect(city.coordinates.lat).toBeGreaterThanOrEqual(35);
      expect(city.coordinates.lat).toBeLessThanOrEqual(71);
      expect(city.coordinates.lon).toBeGreaterThanOrEqual(-10);
      expect(city.coordinates.lon).toBeLessThanOrEqual(30);
    }
  });

  it('has ten rounds, every sample round among them, the last one open', () => {
    expect(dataSet.rounds.map((round) => round.year)).toEqual([
      2011, 2013, 2015, 2017, 2018, 2020, 2022, 2024, 2025, 2026,
    ]);
    for (const round of seedRounds) expect(dataSet.rounds).toContainEqual(round);
    expect(dataSet.rounds.filter((round) => round.status === 'open')).toEqual([openRound]);
  });

  it('comes close to 2,000 × 10 assessments, each city only in rounds after it signed', () => {
    expect(dataSet.assessments.length).toBeGreaterThan(17_000);
    expect(dataSet.assessments.length).toBeLessThanOrEqual(20_000);
    const cityById = new Map(dataSet.cities.map((city) => [city.id, city]));
    const roundById = new Map(dataSet.rounds.map((round) => [round.id, round]));
    const ids = new Set<string>();
    for (const assessment of dataSet.assessments) {
      const city = cityById.get(assessment.cityId);
      const round = roundById.get(assessment.roundId);
      expect(city && round && isCityInRound(city, round)).toBe(true);
      ids.add(assessment.id);
    }
    expect(ids.size).toBe(dataSet.assessments.length);
  });

  it('signs most invented cities early, and some later, in a span or at an unknown date', () => {
    const signed = invented.map((city) => city.signed);
    expect(signed.filter((period) => period?.latestYear === 2010).length).toBeGreaterThan(1000);
    expect(signed.some((period) => period !== null && period.earliestYear >= 2013)).toBe(true);
    expect(
      signed.some((period) => period !== null && period.earliestYear < period.latestYear),
    ).toBe(true);
    expect(signed).toContain(null);
  });

  it('is valid against the shared schema', () => {
    const sample = dataSet.assessments.filter((_, index) => index % 23 === 0);
    for (const assessment of sample) {
      expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    }
  });

  it('carries ratings, reasons and trend statuses but no evidence for invented cities', () => {
    const ofInvented = dataSet.assessments.filter((a) => inventedIds.has(a.cityId));
    for (const assessment of ofInvented.filter((_, index) => index % 11 === 0)) {
      for (const answer of Object.values(assessment.ratings)) {
        expect(answer.evidence).toBe('');
        expect(answer.links).toEqual([]);
        const needsReason = answer.rating === 'not_applicable' || answer.rating === 'not_assessed';
        expect(answer.reason !== '').toBe(needsReason);
      }
      for (const trend of Object.values(assessment.trends)) {
        expect(trend.status).not.toBeNull();
        expect(trend.example).toBe('');
      }
    }
    const ratings = new Set(
      ofInvented.flatMap((a) => Object.values(a.ratings).map((answer) => answer.rating)),
    );
    expect([...ratings].sort()).toEqual([
      'fully',
      'not_applicable',
      'not_assessed',
      'not_at_all',
      'partly',
    ]);
  });

  it('has every status in the open round, not started included, and approved closed rounds', () => {
    const inOpenRound = dataSet.assessments.filter((a) => a.roundId === openRound?.id);
    expect(new Set(inOpenRound.map((a) => a.status))).toEqual(
      new Set(['draft', 'submitted', 'returned', 'approved']),
    );
    const started = new Set(inOpenRound.map((a) => a.cityId));
    const expected = dataSet.cities.filter((city) => openRound && isCityInRound(city, openRound));
    expect(expected.length - started.size).toBeGreaterThan(100);
    const closed = dataSet.assessments.filter((a) => a.roundId !== openRound?.id);
    expect(closed.every((a) => a.status === 'approved')).toBe(true);
  });

  it('shows plausible progress: the average rises from the first to the last closed round', () => {
    const closed = averagesByRound(dataSet.rounds, dataSet.assessments).filter(
      ({ round }) => round.status === 'closed',
    );
    expect(closed).toHaveLength(9);
    const first = closed.at(0)?.average.overall ?? 0;
    const last = closed.at(-1)?.average.overall ?? 0;
    expect(last - first).toBeGreaterThan(10);
    expect(first).toBeGreaterThan(20);
    expect(last).toBeLessThan(90);
  });

  it("keeps the demo users' cities as in the sample set, so every demo journey still works", () => {
    const statusIn2026 = (cityId: string) =>
      dataSet.assessments.find((a) => a.id === `${cityId}-2026`)?.status ?? 'not_started';
    expect(statusIn2026('ghent')).toBe('draft');
    expect(statusIn2026('helsinki')).toBe('returned');
    expect(statusIn2026('barcelona')).toBe('submitted');
    expect(statusIn2026('warsaw')).toBe('not_started');
    expect(statusIn2026('amsterdam')).toBe('not_started');
    const ghent2022 = dataSet.assessments.find((a) => a.id === 'ghent-2022');
    expect(Object.values(ghent2022?.ratings ?? {}).some((answer) => answer.evidence !== '')).toBe(
      true,
    );
  });

  it('numbers invented cities the same way whatever the count', () => {
    expect(generateSyntheticCities(3)).toEqual(invented.slice(0, 3));
  });
});
