import { describe, expect, it } from 'vitest';
import { splitDemoDataSetParam } from './demo-data-set-param';

describe('the data set URL parameter', () => {
  it('names a data set and leaves the rest of the address as it was', () => {
    const { dataSet, rest } = splitDemoDataSetParam(
      new URL('https://demo.example/cities?q=gh&dataset=synthetic&sort=overall#top'),
    );
    expect(dataSet).toBe('synthetic');
    expect(rest.href).toBe('https://demo.example/cities?q=gh&sort=overall#top');
  });

  it('ignores an unknown data set, and is removed all the same', () => {
    const { dataSet, rest } = splitDemoDataSetParam(
      new URL('https://demo.example/?dataset=everything'),
    );
    expect(dataSet).toBeNull();
    expect(rest.href).toBe('https://demo.example/');
  });

  it('is absent from most addresses', () => {
    expect(splitDemoDataSetParam(new URL('https://demo.example/cities')).dataSet).toBeNull();
  });
});
