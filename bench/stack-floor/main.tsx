/**
 * The bench's floor (issue 17): the least a page of this app's stack ships, each library the
 * design card prescribes for every page used for real on the first route, with the app's
 * versions: React and React DOM; react-router, two routes; TanStack Query, one query of a JSON
 * file this page serves; zod as the app uses it (`zod/mini`, jitless, src/domain/zod.ts) parsing
 * that JSON; one zustand store, read and written; i18next with react-i18next, one catalogue; one
 * Recharts bar chart. The app's first-route JS is budgeted against this page's
 * (bench/budgets.json); tests/bench/stack-floor.test.ts checks that none of them is dropped
 * from the build.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter, Link } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { z } from 'zod/mini';
import { create } from 'zustand';

z.config({ jitless: true });

const roundsSchema = z.array(z.object({ round: z.string(), cities: z.number() }));

async function fetchRounds() {
  const response = await fetch(`${import.meta.env.BASE_URL}rounds.json`);
  if (!response.ok) throw new Error(`rounds.json answered ${String(response.status)}`);
  return roundsSchema.parse(await response.json());
}

void i18next.use(initReactI18next).init({
  resources: {
    en: {
      translation: {
        title: 'Cities per round',
        loading: 'Loading…',
        failed: 'The rounds could not be loaded.',
        choose: 'Show {{round}}',
        chosen: 'Round {{round}}: {{count}} cities',
        noneChosen: 'No round chosen',
        about: 'About',
        aboutText: 'The floor of the stack.',
        back: 'Back to the chart',
      },
    },
  },
  lng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * `t` for this page's own catalogue: the app's key types (src/lib/i18next.d.ts) apply to every
 * file of the project, and the floor's keys are not the app's.
 */
function useFloorTranslation() {
  const { t } = useTranslation();
  return t as unknown as (key: string, options?: Record<string, unknown>) => string;
}

interface ChosenRoundState {
  chosen: string | null;
  choose: (round: string) => void;
}

const useChosenRound = create<ChosenRoundState>()((set) => ({
  chosen: null,
  choose: (round) => {
    set({ chosen: round });
  },
}));

function RoundsRoute() {
  const t = useFloorTranslation();
  const { data, error } = useQuery({ queryKey: ['rounds'], queryFn: fetchRounds });
  const chosen = useChosenRound((state) => state.chosen);
  const choose = useChosenRound((state) => state.choose);
  if (error) return <p role="alert">{t('failed')}</p>;
  if (!data) return <p>{t('loading')}</p>;
  const chosenRound = data.find(({ round }) => round === chosen);
  return (
    <main>
      <h1>{t('title')}</h1>
      <BarChart width={480} height={280} data={data}>
        <XAxis dataKey="round" />
        <YAxis />
        <Bar dataKey="cities" fill="#1f5fa8" isAnimationActive={false} />
      </BarChart>
      <p>
        {chosenRound
          ? t('chosen', { round: chosenRound.round, count: chosenRound.cities })
          : t('noneChosen')}
      </p>
      {data.map(({ round }) => (
        <button
          key={round}
          type="button"
          onClick={() => {
            choose(round);
          }}
        >
          {t('choose', { round })}
        </button>
      ))}
      <Link to="/about">{t('about')}</Link>
    </main>
  );
}

function AboutRoute() {
  const t = useFloorTranslation();
  return (
    <main>
      <h1>{t('about')}</h1>
      <p>{t('aboutText')}</p>
      <Link to="/">{t('back')}</Link>
    </main>
  );
}

const router = createBrowserRouter([
  { path: '/', Component: RoundsRoute },
  { path: '/about', Component: AboutRoute },
]);
const queryClient = new QueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
