/**
 * The header: the product's name, the main navigation and who is signed in. On narrow screens
 * the navigation and the user's line fold into a "Menu" disclosure, closed by default, so the
 * page starts near the top (WCAG 1.4.10 reflow at 320 px); on wide screens they are shown
 * inline. The breakpoint lives here, not in the stylesheet, since the markup differs.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { useMediaQuery } from '../lib/use-media-query';
import { AppNavigation } from './app-navigation';
import { LanguageSwitch } from './language-switch';

/** Below this width the header and the full navigation took half of a phone's height. */
const collapsedQuery = '(max-width: 47.99rem)';

/** `signedInUser`: the user's line and sign-out. The language switch sits beside it. */
export function AppHeader({ signedInUser }: { signedInUser: ReactNode }) {
  const { t } = useTranslation();
  const collapsed = useMediaQuery(collapsedQuery);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  // What was focused (the chosen link, a control in the menu) disappears with the menu: focus
  // goes back to the button rather than being lost.
  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  // Escape from the button or anywhere in the open menu closes it, focus back on the button.
  useEffect(() => {
    if (!collapsed || !open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Node)) return;
      if (headerRef.current?.contains(event.target)) close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [collapsed, open, close]);
  const product = (
    <Link to={paths.overview} className="app-header__product">
      {t('app.name')}
    </Link>
  );

  if (!collapsed) {
    return (
      <>
        <header className="app-header">
          {product}
          <div className="app-header__tools">
            <LanguageSwitch />
            {signedInUser}
          </div>
        </header>
        <AppNavigation onNavigate={() => undefined} />
      </>
    );
  }

  return (
    <header ref={headerRef} className="app-header app-header--collapsed">
      {product}
      <button
        ref={buttonRef}
        type="button"
        className="app-header__menu-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {t('nav.menu')}
      </button>
      <div id={menuId} className="app-header__menu" hidden={!open}>
        <AppNavigation onNavigate={close} />
        {signedInUser}
        <LanguageSwitch />
      </div>
    </header>
  );
}
