/**
 * The view switcher: an ARIA tab list with manual activation — the arrow keys, Home and End
 * move focus between tabs; Enter, Space or a click opens one — since opening a view adds a
 * history entry, and arrowing past three views should not add three.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { compareViews, type CompareView } from '../../lib/address-state/compare';

interface ViewTabsProps {
  view: CompareView;
  onChange: (view: CompareView) => void;
  panelId: string;
  tabId: (view: CompareView) => string;
}

export function ViewTabs({ view, onChange, panelId, tabId }: ViewTabsProps) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<CompareView, HTMLButtonElement>());

  function moveFocus(event: KeyboardEvent, from: CompareView) {
    const index = compareViews.indexOf(from);
    const last = compareViews.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = compareViews[target];
    if (next) tabs.current.get(next)?.focus();
  }

  return (
    <div className="view-tabs" role="tablist" aria-label={t('compare.views.label')}>
      {compareViews.map((candidate) => (
        <button
          key={candidate}
          ref={(element) => {
            if (element) tabs.current.set(candidate, element);
            else tabs.current.delete(candidate);
          }}
          type="button"
          role="tab"
          id={tabId(candidate)}
          className="view-tabs__tab"
          aria-selected={candidate === view}
          aria-controls={candidate === view ? panelId : undefined}
          tabIndex={candidate === view ? 0 : -1}
          onClick={() => {
            if (candidate !== view) onChange(candidate);
          }}
          onKeyDown={(event) => {
            moveFocus(event, candidate);
          }}
        >
          {t(`compare.views.${candidate}`)}
        </button>
      ))}
    </div>
  );
}
