/**
 * The bench's byte baseline: the least a page of this stack (React 19 and Recharts, built by
 * Vite) ships to draw one bar chart. Nothing else: no router, no data layer, no i18n.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const data = [
  { name: 'A', value: 12 },
  { name: 'B', value: 30 },
  { name: 'C', value: 21 },
];

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <BarChart width={480} height={280} data={data}>
      <XAxis dataKey="name" />
      <YAxis />
      <Bar dataKey="value" fill="#1f5fa8" isAnimationActive={false} />
    </BarChart>
  </StrictMode>,
);
