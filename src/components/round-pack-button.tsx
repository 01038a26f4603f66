/**
 * "Download the round pack": draws a round's charts off screen (the `charts` given, the same
 * components the pages use, so the pack holds what the pages show), makes a PNG and a CSV of
 * each, and downloads them as one ZIP, with progress and a way to cancel.
 */
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../lib/download';
import type { CollectedFigure } from '../lib/export/chart-export-content';
import { formatCount } from '../lib/format';
import { waitUntil } from '../lib/wait-until';
import { useUnitOf } from './export-words';
import { FigureCollectorContext, type FigureCollector } from './figure-collector';
import { useFigureSource } from './figure-source';
import { LoadingState } from './loading-state';

type PackState =
  | { kind: 'idle' }
  | { kind: 'building'; done: number; total: number | null; controller: AbortController }
  | { kind: 'done'; fileName: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed' };

interface RoundPackButtonProps {
  /** The round's year as shown, e.g. "2022". */
  year: string;
  /** The ZIP's name, e.g. charter-monitor_round-pack_2022.zip. */
  fileName: string;
  /** The round's charts, drawn off screen while the pack is built. */
  charts: ReactNode;
}

export function RoundPackButton({ year, fileName, charts }: RoundPackButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<PackState>({ kind: 'idle' });
  // The page's: a new attempt asks the API again for what failed last time, as "Try again" does.
  const queryErrors = useQueryErrorResetBoundary();

  return (
    <div className="round-pack">
      {state.kind === 'building' ? (
        <div className="round-pack__progress">
          <label>
            {t('roundPack.progressLabel', { year })}
            <progress max={state.total ?? undefined} value={state.total ? state.done : undefined} />
          </label>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              state.controller.abort();
            }}
          >
            {t('roundPack.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            queryErrors.reset();
            setState({ kind: 'building', done: 0, total: null, controller: new AbortController() });
          }}
        >
          {t('roundPack.button', { year })}
        </button>
      )}
      <p className="round-pack__status" role="status">
        {state.kind === 'building' &&
          (state.total === null
            ? t('roundPack.drawing')
            : t('roundPack.progress', {
                done: formatCount(state.done),
                total: formatCount(state.total),
              }))}
        {state.kind === 'done' &&
          t('roundPack.done', {
            fileName: state.fileName,
            size: formatCount(Math.max(1, Math.round(state.bytes / 1024))),
          })}
        {state.kind === 'cancelled' && t('roundPack.cancelled')}
      </p>
      {state.kind === 'failed' && (
        <p className="round-pack__error" role="alert">
          {t('roundPack.failed')}
        </p>
      )}
      {state.kind === 'building' && (
        <RoundPackStage
          year={year}
          fileName={fileName}
          charts={charts}
          signal={state.controller.signal}
          onProgress={(done, total) => {
            setState({ ...state, done, total });
          }}
          onFinished={(result) => {
            setState(result);
          }}
        />
      )}
    </div>
  );
}

interface RoundPackStageProps {
  year: string;
  fileName: string;
  charts: ReactNode;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
  onFinished: (result: PackState) => void;
}

/** Off screen and inert: the charts are drawn only to be copied into files. */
function RoundPackStage({
  year,
  fileName,
  charts,
  signal,
  onProgress,
  onFinished,
}: RoundPackStageProps) {
  const { t } = useTranslation();
  const figureSource = useFigureSource();
  const unitOf = useUnitOf();
  const stageRef = useRef<HTMLDivElement>(null);
  const figures = useRef(new Map<string, CollectedFigure>());
  const collector = useMemo<FigureCollector>(
    () => ({
      register: (id, figure) => {
        figures.current.set(id, figure);
        return () => figures.current.delete(id);
      },
    }),
    [],
  );
  // The latest callbacks, without restarting the build when the parent re-renders.
  const callbacks = useRef({ onProgress, onFinished, figureSource, unitOf, t });
  useEffect(() => {
    callbacks.current = { onProgress, onFinished, figureSource, unitOf, t };
  });

  useEffect(() => {
    // This stage's own: once it is gone (finished, failed, or the page left), its build stops
    // and reports nothing, so it cannot overwrite the state of a later attempt.
    const stage = new AbortController();
    const stop = () => {
      stage.abort();
    };
    signal.addEventListener('abort', stop);
    async function build() {
      const { onProgress, figureSource, unitOf, t } = callbacks.current;
      // Every frame on the stage has registered and no part of it is still loading.
      const drawn = await waitUntil(
        () => {
          const stage = stageRef.current;
          if (!stage) return null;
          const frames = stage.querySelectorAll('.chart-frame').length;
          const loading = stage.querySelector('.loading-state');
          return frames > 0 && !loading && figures.current.size === frames
            ? [...figures.current.values()]
            : null;
        },
        { signal: stage.signal, timeoutMs: 60_000 },
      );
      const [{ buildRoundPack }, source] = await Promise.all([
        import('../lib/export/round-pack'),
        figureSource(),
      ]);
      const zip = await buildRoundPack(drawn, {
        source,
        unitOf,
        onProgress,
        signal: stage.signal,
        contentsFileName: t('roundPack.contentsFileName'),
        contents: (files) =>
          [
            t('roundPack.contentsTitle', { year }),
            source.sourceLine,
            ...(source.sampleNote ? [source.sampleNote] : []),
            '',
            ...files.map((file) => `${file.fileName}\t${file.title}`),
            '',
          ].join('\r\n'),
      });
      saveFile(zip, fileName);
      return { fileName, bytes: zip.size };
    }
    build().then(
      (result) => {
        callbacks.current.onFinished({ kind: 'done', ...result });
      },
      () => {
        if (signal.aborted) callbacks.current.onFinished({ kind: 'cancelled' });
        else if (!stage.signal.aborted) callbacks.current.onFinished({ kind: 'failed' });
      },
    );
    return () => {
      signal.removeEventListener('abort', stop);
      stage.abort();
    };
  }, [year, fileName, signal]);

  return (
    <div ref={stageRef} className="round-pack__stage" aria-hidden="true" inert>
      <FigureCollectorContext value={collector}>
        {/* Data the charts could not get (e.g. it timed out) fails the pack, not the page. */}
        <ErrorBoundary
          fallback={null}
          onError={() => {
            callbacks.current.onFinished({ kind: 'failed' });
          }}
        >
          <Suspense fallback={<LoadingState label={t('roundPack.drawing')} />}>{charts}</Suspense>
        </ErrorBoundary>
      </FigureCollectorContext>
    </div>
  );
}
