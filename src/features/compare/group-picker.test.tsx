import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { City } from '../../domain/city';
import { cityFixture } from '../../../tests/utils/city-fixture';
import type { CityGroup } from '../../domain/city-groups';
import { GroupPicker } from './group-picker';

function city(id: string, countryCode: string): City {
  return cityFixture({ id, countryCode });
}

function renderPicker(cities: readonly City[]) {
  const onChange = vi.fn<(group: CityGroup) => void>();
  render(
    <GroupPicker group={{ kind: 'all' }} cities={cities} defaultYear={2024} onChange={onChange} />,
  );
  return onChange;
}

describe('GroupPicker', () => {
  it('starts a country group on the first country by name', async () => {
    const onChange = renderPicker([city('rome', 'IT'), city('ghent', 'BE')]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'country');
    expect(onChange).toHaveBeenCalledWith({ kind: 'country', countryCode: 'BE' });
  });

  it('stays with all signatories when there is no country to choose', async () => {
    const onChange = renderPicker([]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'country');
    expect(onChange).toHaveBeenCalledWith({ kind: 'all' });
  });
});
