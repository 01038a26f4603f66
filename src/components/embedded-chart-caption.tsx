/**
 * Under an embedded chart: what exported figures say in their caption (a note, the source and
 * date, the demo's sample-data warning) and the way to the full view, which the host site
 * cannot otherwise offer.
 */
import { useShownSource } from './figure-source';
import { FullViewLink } from './full-view-link';

interface EmbeddedChartCaptionProps {
  /** Said in exported figures too, e.g. that one page of many is shown. */
  note?: string | undefined;
  /** The full view with the same state. */
  fullViewPath: string;
}

export function EmbeddedChartCaption({ note, fullViewPath }: EmbeddedChartCaptionProps) {
  const source = useShownSource();
  return (
    <div className="embedded-chart-caption">
      {note && <p>{note}</p>}
      {source && <p>{source.sourceLine}</p>}
      {source?.sampleNote && <p>{source.sampleNote}</p>}
      <p>
        <FullViewLink fullViewPath={fullViewPath} />
      </p>
    </div>
  );
}
