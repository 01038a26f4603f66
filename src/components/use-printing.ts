/**
 * Whether the page is being printed, for what only a printout shows (ChartFrame prints the
 * numbers of a chart not drawn yet). Set synchronously when printing starts (`beforeprint`, or
 * the print media query matching), since the printout is laid out right after.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** True while the page is printed; `enabled` false: always false, and nothing is listened to. */
export function usePrinting(enabled: boolean): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const print = window.matchMedia('print');
    const show = (shown: boolean) => {
      flushSync(() => {
        setPrinting(shown);
      });
    };
    const before = () => {
      show(true);
    };
    const after = () => {
      show(print.matches);
    };
    const mediaChange = (event: MediaQueryListEvent) => {
      show(event.matches);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    print.addEventListener('change', mediaChange);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      print.removeEventListener('change', mediaChange);
    };
  }, [enabled]);
  return enabled && printing;
}
