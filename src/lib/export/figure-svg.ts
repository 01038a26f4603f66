/**
 * A chart on screen turned into a self-contained figure, as a publication needs it: title,
 * subtitle and note above the chart, its legend below, then the source line and, for demo
 * data, the sample-data note. The chart's own SVG is copied with its computed styles written
 * onto each element as presentation attributes (the app's stylesheet does not travel with the
 * file, and the page's Content-Security-Policy forbids style attributes), and the typeface is
 * embedded, so the file looks like the screen in a browser and opens in an editor.
 * Runs in the browser only: it measures the DOM.
 */
import { waitUntil } from '../wait-until';
import { FIGURE_FONT_STACK, figureFontCss } from './figure-fonts';

export interface FigureText {
  title: string;
  /** The round, the selection, the filters. */
  subtitle?: string | undefined;
  /** E.g. that the figure shows one page of a larger group. */
  note?: string | undefined;
  /** The chart's one-sentence summary, kept as the SVG's description. */
  summary?: string | undefined;
  /** "Source: Charter Monitor, …, exported …". */
  source: string;
  /** Said when the data is the demo's invented sample. */
  sampleNote?: string | undefined;
}

export interface ComposedFigure {
  svg: string;
  /** CSS pixels, the size the figure has on screen. */
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 24;
const MIN_WIDTH = 480;
const INK = '#1f2328';
const MUTED = '#4a535e';

interface TextStyle {
  size: number;
  weight: number;
  lineHeight: number;
  color: string;
  italic?: boolean;
}

const titleStyle: TextStyle = { size: 22, weight: 700, lineHeight: 28, color: INK };
const subtitleStyle: TextStyle = { size: 15, weight: 400, lineHeight: 21, color: MUTED };
const noteStyle: TextStyle = { size: 14, weight: 400, lineHeight: 20, color: INK, italic: true };
const legendStyle: TextStyle = { size: 14, weight: 400, lineHeight: 24, color: INK };
const sourceStyle: TextStyle = { size: 13, weight: 400, lineHeight: 18, color: MUTED };

/** Style properties that decide how SVG marks and text look; others do not apply to SVG. */
const markProperties = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
] as const;
const textProperties = [
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
] as const;
/** Initial values, left out to keep files small. */
const initialValues: Readonly<Record<string, string>> = {
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  'stroke-opacity': '1',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-dasharray': 'none',
  opacity: '1',
  visibility: 'visible',
  'font-style': 'normal',
  'dominant-baseline': 'auto',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
};
/** Attributes that only make sense in the app: focus, roles, event targets. */
const appOnlyAttributes = ['tabindex', 'role', 'aria-label', 'aria-hidden', 'focusable'];

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * Copies the computed look of `source` and its descendants onto its deep clone `target`, as SVG
 * presentation attributes: a strict Content-Security-Policy (`style-src 'self'`) blocks style
 * attributes set from script, and inside the file, with no stylesheet, attributes decide alone.
 * A value equal to the property's initial one is left out (and any attribute of that name
 * kept), to keep files small.
 */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  if (computed.display === 'none') {
    target.remove();
    return;
  }
  const isText = source instanceof SVGTextContentElement;
  const properties = isText ? [...markProperties, ...textProperties] : markProperties;
  // A style attribute (React's `style` prop) would outrank the presentation attributes; the
  // computed values below already include what it said.
  target.removeAttribute('style');
  for (const property of properties) {
    const value = computed.getPropertyValue(property);
    if (value !== '' && initialValues[property] !== value) target.setAttribute(property, value);
  }
  if (isText) target.setAttribute('font-family', FIGURE_FONT_STACK);
  for (const name of appOnlyAttributes) target.removeAttribute(name);
  target.removeAttribute('class');
  const sourceChildren = [...source.children];
  const targetChildren = [...target.children];
  sourceChildren.forEach((child, index) => {
    const copy = targetChildren[index];
    if (copy) inlineStyles(child, copy);
  });
}

function styledClone(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, copy);
  return copy;
}

let measuringContext: CanvasRenderingContext2D | null | undefined;

function fontOf(style: TextStyle): string {
  return `${style.italic ? 'italic ' : ''}${String(style.weight)} ${String(style.size)}px ${FIGURE_FONT_STACK}`;
}

function textWidth(text: string, style: TextStyle): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return text.length * style.size * 0.55;
  measuringContext.font = fontOf(style);
  return measuringContext.measureText(text).width;
}

/**
 * Spaces a line may break at: every white space but the no-break ones (U+00A0, U+2007, U+202F),
 * which French puts before « : ; ? ! » and in 2 000, and which must stay where they are.
 */
const breakableSpace = /[^\S\u00a0\u2007\u202f]+/;

/** Greedy line breaking at spaces, so long titles and subtitles fit the figure. */
function wrapLines(text: string, style: TextStyle, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(breakableSpace).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function textElement(text: string, x: number, baseline: number, style: TextStyle): SVGTextElement {
  const element = svgElement('text', {
    x,
    y: baseline,
    fill: style.color,
    'font-family': FIGURE_FONT_STACK,
    'font-size': style.size,
    'font-weight': style.weight,
  });
  if (style.italic) element.setAttribute('font-style', 'italic');
  element.textContent = text;
  return element;
}

/** The app's HTML legends (every chart draws its own, none uses recharts' legend). */
const legends = '.series-legend, .chart-legend';
const legendItems = legends
  .split(', ')
  .map((legend) => `${legend} > li`)
  .join(', ');

interface LegendEntry {
  swatch: SVGSVGElement | null;
  label: string;
  swatchWidth: number;
  swatchHeight: number;
}

function legendEntries(chartArea: Element): LegendEntry[] {
  return [...chartArea.querySelectorAll(legendItems)].map((item) => {
    const swatchSource = item.querySelector('svg');
    const label = [...item.childNodes]
      .filter(
        (node) =>
          node.nodeType === Node.TEXT_NODE ||
          !(node as Element).matches('svg, [aria-hidden="true"]'),
      )
      .map((node) => node.textContent)
      .join('')
      .trim();
    const box = swatchSource?.getBoundingClientRect();
    return {
      swatch: swatchSource ? styledClone(swatchSource) : null,
      label,
      swatchWidth: box ? Math.round(box.width) : legendStyle.size,
      swatchHeight: box ? Math.round(box.height) : legendStyle.size,
    };
  });
}

/**
 * The chart's main drawing: the largest SVG in its area that is not a legend swatch, once it
 * has a size (recharts draws after measuring its container).
 */
function mainChartSvg(chartArea: Element): SVGSVGElement | null {
  let largest: { svg: SVGSVGElement; area: number } | null = null;
  for (const svg of chartArea.querySelectorAll('svg')) {
    if (svg.closest(legends)) continue;
    const { width, height } = svg.getBoundingClientRect();
    if (!largest || width * height > largest.area) largest = { svg, area: width * height };
  }
  return largest && largest.area > 0 ? largest.svg : null;
}

export async function composeFigure(
  chartArea: Element,
  text: FigureText,
  signal?: AbortSignal,
): Promise<ComposedFigure> {
  const chartSource = await waitUntil(() => mainChartSvg(chartArea), { signal });
  // Measuring text needs the typeface that the app and the figure share.
  await document.fonts.ready;
  const chartBox = chartSource.getBoundingClientRect();
  const chartWidth = Math.ceil(chartBox.width);
  const chartHeight = Math.ceil(chartBox.height);
  const width = Math.max(chartWidth + PADDING * 2, MIN_WIDTH);
  const textWidthLimit = width - PADDING * 2;

  const root = svgElement('svg', { xmlns: SVG_NS, version: '1.1' });
  const titleElement = svgElement('title');
  titleElement.textContent = text.title;
  root.append(titleElement);
  if (text.summary) {
    const description = svgElement('desc');
    description.textContent = text.summary;
    root.append(description);
  }
  const style = svgElement('style');
  root.append(style);
  const background = svgElement('rect', { x: 0, y: 0, fill: '#ffffff' });
  root.append(background);

  let y = PADDING;
  const writeBlock = (block: string | undefined, blockStyle: TextStyle) => {
    if (!block) return;
    for (const line of wrapLines(block, blockStyle, textWidthLimit)) {
      y += blockStyle.lineHeight;
      root.append(textElement(line, PADDING, y - blockStyle.lineHeight * 0.25, blockStyle));
    }
  };
  writeBlock(text.title, titleStyle);
  writeBlock(text.subtitle, subtitleStyle);
  writeBlock(text.note, noteStyle);
  y += 12;

  const chart = styledClone(chartSource);
  chart.setAttribute('x', String(PADDING + Math.floor((textWidthLimit - chartWidth) / 2)));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  root.append(chart);
  y += chartHeight + 12;

  let x = PADDING;
  let rowHeight = 0;
  for (const entry of legendEntries(chartArea)) {
    const itemWidth = entry.swatchWidth + 6 + textWidth(entry.label, legendStyle);
    if (x > PADDING && x + itemWidth > width - PADDING) {
      x = PADDING;
      y += rowHeight;
      rowHeight = 0;
    }
    const lineHeight = Math.max(legendStyle.lineHeight, entry.swatchHeight + 4);
    const middle = y + lineHeight / 2;
    if (entry.swatch) {
      entry.swatch.setAttribute('x', String(x));
      entry.swatch.setAttribute('y', String(middle - entry.swatchHeight / 2));
      entry.swatch.setAttribute('width', String(entry.swatchWidth));
      entry.swatch.setAttribute('height', String(entry.swatchHeight));
      root.append(entry.swatch);
    }
    root.append(
      textElement(
        entry.label,
        x + entry.swatchWidth + 6,
        middle + legendStyle.size * 0.35,
        legendStyle,
      ),
    );
    x += itemWidth + 20;
    rowHeight = Math.max(rowHeight, lineHeight);
  }
  y += rowHeight + 8;

  writeBlock(text.source, sourceStyle);
  writeBlock(text.sampleNote, sourceStyle);
  y += PADDING;

  const height = Math.ceil(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  style.textContent = await figureFontCss(root.textContent);

  const markup = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}

/**
 * The figure as a PNG `targetWidth` pixels wide: the SVG drawn onto a canvas at that scale, so
 * lines and text stay sharp at print size.
 */
export async function figurePng(figure: ComposedFigure, targetWidth: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([figure.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = targetWidth / figure.width;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(figure.width * scale);
    canvas.height = Math.round(figure.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('This browser could not make the PNG.'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
