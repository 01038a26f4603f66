/**
 * Layout checks a person would notice: a page that scrolls sideways (WCAG 1.4.10 reflow) and
 * a control or heading whose words are cut off or spill out of it, as long translations do.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The page does not scroll sideways. A failure names the state and the outermost elements that
 * stick out past the viewport, so it says what to fix.
 */
export async function expectNoSidewaysScroll(page: Page, state: string) {
  const overflow = await page.evaluate(() => {
    const limit = window.innerWidth;
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      const parent = element.parentElement?.getBoundingClientRect();
      // Only where the overflow starts: an element past the edge whose parent is not.
      if (box.right > limit + 1 && (!parent || parent.right <= limit + 1)) {
        const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.');
        const name = classes ? `.${classes}` : '';
        culprits.push(`${element.tagName.toLowerCase()}${name} (${Math.round(box.right)}px)`);
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: limit,
      culprits: culprits.slice(0, 8),
    };
  });
  expect
    .soft(
      overflow.scrollWidth,
      `${state}: the page scrolls sideways; first past the edge: ${overflow.culprits.join(', ')}`,
    )
    .toBeLessThanOrEqual(overflow.innerWidth);
}

/** Controls and headings, whose words must all be readable. */
const labelledElements = [
  'button',
  'a',
  'label',
  'legend',
  'summary',
  'th',
  'h1',
  'h2',
  'h3',
  '[role="tab"]',
  '[role="menuitem"]',
  'option',
].join(', ');

/**
 * No control or heading has its text cut off: neither overflowing a box that hides overflow
 * (its own, or an ancestor's that does not scroll), nor spilling out of its own box over what
 * is beside it. A failure lists each one with its text.
 */
export async function expectNoClippedText(page: Page, state: string) {
  const clipped = await page.evaluate((selector) => {
    const found: string[] = [];
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    for (const element of document.body.querySelectorAll<HTMLElement>(selector)) {
      if (element.tagName === 'OPTION' || !element.checkVisibility()) continue;
      const text = element.textContent.trim();
      if (!text) continue;
      const box = element.getBoundingClientRect();
      // Not drawn, or visually hidden on purpose (text for screen readers only).
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(element);
      // Where the element's visible words are drawn: text for screen readers only is left out.
      let textLeft = Infinity;
      let textRight = -Infinity;
      const words = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = words.nextNode(); node; node = words.nextNode()) {
        const holder = node.parentElement?.getBoundingClientRect();
        if (!holder || holder.width <= 1 || holder.height <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          if (line.width === 0) continue;
          textLeft = Math.min(textLeft, line.left);
          textRight = Math.max(textRight, line.right);
        }
      }
      const cutBySelf =
        (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) ||
        (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
      const spills = textRight > box.right + 1 || textLeft < box.left - 1;
      let cutByAncestor = false;
      for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
        const ancestorStyle = getComputedStyle(ancestor);
        if (!hides(ancestorStyle.overflowX) && !hides(ancestorStyle.overflowY)) continue;
        // The visually-hidden pattern clips on purpose: screen-reader text is not cut off.
        if (ancestor.getBoundingClientRect().width <= 1) break;
        const frame = ancestor.getBoundingClientRect();
        cutByAncestor =
          (hides(ancestorStyle.overflowX) &&
            (box.right > frame.right + 1 || box.left < frame.left - 1)) ||
          (hides(ancestorStyle.overflowY) &&
            (box.bottom > frame.bottom + 1 || box.top < frame.top - 1));
        if (cutByAncestor) break;
      }
      if (cutBySelf || spills || cutByAncestor) {
        const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.');
        found.push(
          `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${text.slice(0, 60)}"`,
        );
      }
    }
    return found;
  }, labelledElements);
  expect.soft(clipped, `${state}: text cut off`).toEqual([]);
}

/**
 * No two labels of a chart's axis overlap: SVG text is never clipped by its box, so long words
 * (a German status, a role's name) run into their neighbours instead. A failure lists the pairs.
 */
export async function expectNoOverlappingAxisLabels(page: Page, state: string) {
  const overlaps = await page.evaluate(() => {
    const found: string[] = [];
    for (const axis of document.querySelectorAll('.recharts-cartesian-axis-tick-labels')) {
      const labels = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-value')]
        // Slanted labels are how a crowded axis makes room; their boxes, not their words, meet.
        .filter(
          (label) =>
            label.checkVisibility() && !label.getAttribute('transform')?.includes('rotate'),
        )
        .map((label) => ({ text: label.textContent, box: label.getBoundingClientRect() }));
      for (let index = 1; index < labels.length; index += 1) {
        const [before, after] = [labels[index - 1], labels[index]];
        if (!before || !after) continue;
        const apart =
          before.box.right <= after.box.left + 1 ||
          after.box.right <= before.box.left + 1 ||
          before.box.bottom <= after.box.top + 1 ||
          after.box.bottom <= before.box.top + 1;
        if (!apart) found.push(`"${before.text}" and "${after.text}"`);
      }
    }
    return found;
  });
  expect.soft(overlaps, `${state}: axis labels run into each other`).toEqual([]);
}
