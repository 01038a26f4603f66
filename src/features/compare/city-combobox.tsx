/**
 * Choosing the cities to compare: a combobox to type into (downshift's useCombobox, the ARIA
 * 1.2 pattern) and the chosen cities as chips with remove buttons (useMultipleSelection:
 * Backspace or Delete on a chip removes it, the arrow keys move between chips, Backspace in the
 * empty field removes the last). A live region says how many cities match and what was added
 * or removed; the limits (2 to 12) are said in words, not only by disabled options.
 */
import { useCombobox, useMultipleSelection } from 'downshift';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../domain/city';
import { formatCount, formatCountries } from '../../lib/format';
import { useCityName } from '../../lib/use-city-name';
import { MAX_COMPARED_CITIES, MIN_COMPARED_CITIES } from '../../lib/address-state/compare';
import { citySearchEntries, matchCities } from './comparison';

/** More options than this would be a long list to scroll and slow to render. */
const MAX_OPTIONS = 50;

interface CityComboboxProps {
  /** Every city that can be chosen, in display order. */
  cities: readonly City[];
  selected: readonly City[];
  onChange: (cities: City[]) => void;
  /** Whether the city has an approved assessment in the round, to say so in its option. */
  hasScore: (cityId: string) => boolean;
  year: string;
}

export function CityCombobox({ cities, selected, onChange, hasScore, year }: CityComboboxProps) {
  const { t, i18n } = useTranslation();
  const cityName = useCityName();
  const [inputValue, setInputValue] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const inputId = useId();
  const hintId = useId();
  const limitId = useId();
  const full = selected.length >= MAX_COMPARED_CITIES;
  const excluded = useMemo(() => new Set(selected.map((city) => city.id)), [selected]);
  // Names and search keys once per list of cities, not once per city on every keystroke.
  const countryNames = useMemo(
    () =>
      formatCountries(
        cities.map((city) => city.countryCode),
        i18n.language,
      ),
    [cities, i18n.language],
  );
  const countryName = (countryCode: string) => countryNames.get(countryCode) ?? countryCode;
  const searchEntries = useMemo(
    () => citySearchEntries(cities, (code) => countryNames.get(code) ?? code),
    [cities, countryNames],
  );
  const matches = useMemo(
    () => matchCities(searchEntries, inputValue, excluded),
    [searchEntries, inputValue, excluded],
  );
  const items = matches.slice(0, MAX_OPTIONS);

  function announceChange(key: 'added' | 'removed', city: City, count: number) {
    setAnnouncement(
      t(`compare.picker.${key}`, {
        city: cityName(city),
        number: formatCount(count),
        max: formatCount(MAX_COMPARED_CITIES),
      }),
    );
  }

  function remove(city: City) {
    const next = selected.filter((candidate) => candidate.id !== city.id);
    onChange(next);
    announceChange('removed', city, next.length);
  }

  const { getSelectedItemProps, getDropdownProps, setActiveIndex } = useMultipleSelection<City>({
    selectedItems: [...selected],
    itemToKey: (city) => city?.id,
    onStateChange({ selectedItems: next, type }) {
      switch (type) {
        case useMultipleSelection.stateChangeTypes.SelectedItemKeyDownBackspace:
        case useMultipleSelection.stateChangeTypes.SelectedItemKeyDownDelete:
        case useMultipleSelection.stateChangeTypes.DropdownKeyDownBackspace:
        case useMultipleSelection.stateChangeTypes.FunctionRemoveSelectedItem: {
          const removed = selected.find((city) => !next?.some((kept) => kept.id === city.id));
          if (removed) remove(removed);
          break;
        }
        default:
          break;
      }
    },
  });

  const {
    isOpen,
    highlightedIndex,
    getLabelProps,
    getMenuProps,
    getInputProps,
    getToggleButtonProps,
    getItemProps,
  } = useCombobox<City>({
    items,
    inputId,
    itemToString: (city) => (city ? cityName(city) : ''),
    itemToKey: (city) => city?.id,
    isItemDisabled: () => full,
    defaultHighlightedIndex: 0,
    selectedItem: null,
    inputValue,
    stateReducer(state, { changes, type }) {
      switch (type) {
        case useCombobox.stateChangeTypes.InputKeyDownEnter:
        case useCombobox.stateChangeTypes.ItemClick:
          // Stay open on the same row, ready for the next city.
          return { ...changes, isOpen: true, highlightedIndex: state.highlightedIndex };
        case useCombobox.stateChangeTypes.InputBlur:
          // Leaving the field never chooses a city by accident.
          return { ...changes, selectedItem: null };
        default:
          return changes;
      }
    },
    onStateChange({ type, selectedItem }) {
      switch (type) {
        case useCombobox.stateChangeTypes.InputKeyDownEnter:
        case useCombobox.stateChangeTypes.ItemClick:
          if (selectedItem && !full) {
            onChange([...selected, selectedItem]);
            announceChange('added', selectedItem, selected.length + 1);
            setInputValue('');
          }
          break;
        default:
          break;
      }
    },
  });

  const results = (() => {
    if (!isOpen) return '';
    if (matches.length === 0) return t('compare.picker.noResults');
    return t('compare.picker.results', {
      count: matches.length,
      number: formatCount(matches.length),
    });
  })();
  const limit = full ? t('compare.picker.full', { max: formatCount(MAX_COMPARED_CITIES) }) : '';

  return (
    <div className="city-combobox">
      <label className="city-combobox__label" {...getLabelProps()}>
        {t('compare.picker.label')}
      </label>
      <p id={hintId} className="hint">
        {t('compare.picker.hint', {
          min: formatCount(MIN_COMPARED_CITIES),
          max: formatCount(MAX_COMPARED_CITIES),
        })}
      </p>
      {selected.length > 0 && (
        <ul className="chip-list" aria-label={t('compare.picker.chosen')}>
          {selected.map((city, index) => (
            <li key={city.id} className="chip">
              <span>{cityName(city)}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('compare.picker.remove', { city: cityName(city) })}
                {...getSelectedItemProps({
                  selectedItem: city,
                  index,
                  // Tabbing to a chip makes it the active one, so Backspace or Delete removes it.
                  onFocus: () => {
                    setActiveIndex(index);
                  },
                  onClick: (event) => {
                    // Removing is this button's whole job: skip downshift's own click handling.
                    Object.assign(event.nativeEvent, { preventDownshiftDefault: true });
                    remove(city);
                    document.getElementById(inputId)?.focus();
                  },
                })}
                tabIndex={0}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="city-combobox__field">
        <input
          {...getInputProps(
            getDropdownProps({
              // Set in the same event as the keystroke: a controlled value updated later (from
              // onStateChange) lets fast typing overwrite itself.
              onChange: (event: ChangeEvent<HTMLInputElement>) => {
                setInputValue(event.target.value);
                setAnnouncement('');
              },
              preventKeyAction: isOpen,
              'aria-describedby': limit ? `${hintId} ${limitId}` : hintId,
            }),
          )}
        />
        <button
          type="button"
          className="city-combobox__toggle"
          aria-label={t('compare.picker.toggle')}
          {...getToggleButtonProps()}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul
        className={`city-combobox__menu${isOpen && items.length > 0 ? '' : ' city-combobox__menu--closed'}`}
        {...getMenuProps()}
      >
        {isOpen &&
          items.map((city, index) => (
            <li
              key={city.id}
              className={`city-combobox__option${highlightedIndex === index ? ' city-combobox__option--highlighted' : ''}`}
              {...getItemProps({ item: city, index })}
            >
              <span className="city-combobox__name">{cityName(city)}</span>{' '}
              <span className="city-combobox__detail">
                {hasScore(city.id)
                  ? countryName(city.countryCode)
                  : t('compare.picker.optionDetailNoScore', {
                      country: countryName(city.countryCode),
                      year,
                    })}
              </span>
            </li>
          ))}
      </ul>
      {isOpen && matches.length > items.length && (
        <p className="hint">
          {t('compare.picker.moreResults', {
            shown: formatCount(items.length),
            number: formatCount(matches.length),
          })}
        </p>
      )}
      {full && (
        <p id={limitId} className="notice">
          {limit}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement || results}
      </p>
    </div>
  );
}
