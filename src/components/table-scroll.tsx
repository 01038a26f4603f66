/**
 * The frame around a table: a table too wide for the screen scrolls in it, not the page; the
 * frame is then a region named by the table's caption and in the Tab order, so keyboard users
 * can scroll it too (WCAG 2.1.1). One that does not scroll adds no Tab stop.
 */
import { useState, type ReactNode } from 'react';
import { useScrollsSideways } from './use-scrolls-sideways';

export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const scrolls = useScrollsSideways(frame);
  return (
    <div
      ref={setFrame}
      className="table-scroll"
      {...(scrolls && { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 })}
    >
      {children}
    </div>
  );
}
