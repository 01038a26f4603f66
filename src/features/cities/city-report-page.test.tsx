import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { keyTrendIds, roleIds } from '../../domain/charter';
import { roleScore, scoreSummary } from '../../domain/scoring';
import { i18next } from '../../lib/i18n';
import { renderApp, signInAs } from '../../../tests/utils/render-app';
import { storedAssessment } from '../../../tests/utils/mock-api';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const roleNames = {
  policymaker: 'Policymaker',
  service_provider: 'Service provider',
  employer: 'Employer',
  buyer: 'Buyer of goods and services',
} as const;

describe('printable city report', () => {
  it('shows the city, the round, the source and that the demo data is invented', async () => {
    signInAs('sam-viewer');
    renderApp('/cities/ghent/report?round=2022');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Ghent: Integrating Cities Charter self-assessment, 2022',
      }),
    ).toBeInTheDocument();
    const header = screen.getByRole('heading', { level: 1 }).closest('header');
    if (!header) throw new Error('The report heading is not in its header');
    expect(within(header).getByText('Belgium')).toBeInTheDocument();
    expect(within(header).getByText('2022')).toBeInTheDocument();
    expect(header).toHaveTextContent(/Approved · \d+% of commitments answered/);
    expect(
      await within(header).findByText(
        /^Source: Charter Monitor, sample signatories demo data, as of /,
      ),
    ).toBeInTheDocument();
    expect(
      within(header).getByText(/^Sample data: .* not Ghent’s real self-assessment\.$/),
    ).toBeInTheDocument();
  });

  it('shows the profile’s charts, the score of each role and each commitment’s evidence', async () => {
    signInAs('sam-viewer');
    const assessment = storedAssessment('ghent-2022');
    renderApp('/cities/ghent/report?round=2022');

    const chart = await screen.findByRole('region', { name: 'Scores per role, Ghent, 2022' });
    const overall = scoreSummary(assessment.ratings).overall;
    expect(chart).toHaveTextContent(
      `In 2022, Ghent scored ${String(Math.round(overall ?? -1))} of 100 overall`,
    );
    expect(screen.getByRole('region', { name: 'Ghent across rounds' })).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Where Ghent stands out in 2022' }),
    ).toBeInTheDocument();

    const commitments = screen.getByRole('region', { name: 'Commitments and evidence' });
    for (const role of roleIds) {
      const score = roleScore(assessment.ratings, role);
      expect(
        within(commitments).getByRole('region', { name: new RegExp(`^${roleNames[role]}`) }),
      ).toHaveAccessibleName(
        `${roleNames[role]} (score ${String(Math.round(score ?? -1))} of 100)`,
      );
    }
    const pm1Answer = assessment.ratings.PM1;
    if (!pm1Answer?.evidence || pm1Answer.links.length === 0) {
      throw new Error('The sample data has no evidence or link for Ghent’s PM1');
    }
    const pm1 = within(commitments).getByRole('heading', { name: /^PM1 / }).closest('li');
    if (!pm1) throw new Error('PM1 is not in a list item');
    expect(within(pm1).getByText(pm1Answer.evidence)).toBeInTheDocument();
    for (const link of pm1Answer.links) {
      expect(
        within(pm1).getByRole('link', { name: new RegExp(escapeRegExp(link)) }),
      ).toHaveAttribute('href', link);
    }

    const trends = screen.getByRole('table', { name: 'Key trends in Ghent, 2022' });
    expect(within(trends).getAllByRole('row')).toHaveLength(keyTrendIds.length + 1);
    const trendId = keyTrendIds.find(
      (id) => assessment.trends[id]?.status && assessment.trends[id].example,
    );
    const trend = trendId ? assessment.trends[trendId] : undefined;
    if (!trendId || !trend?.status) throw new Error('Ghent’s 2022 assessment has no key trend');
    const row = within(trends).getByRole('row', {
      name: new RegExp(`^${escapeRegExp(i18next.t(`keyTrends.${trendId}.title`))}`),
    });
    expect(row).toHaveTextContent(i18next.t(`trendStatus.${trend.status}`));
    expect(row).toHaveTextContent(trend.example);
  });

  it('opens from the city profile for the round shown there, and prints', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    signInAs('sam-viewer');
    const { router } = renderApp('/cities/ghent');
    await user.selectOptions(await screen.findByLabelText('Reporting round'), '2018');
    await user.click(await screen.findByRole('link', { name: 'Printable report, 2018' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Ghent: Integrating Cities Charter self-assessment, 2018',
      }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cities/ghent/report');
    expect(router.state.location.search).toBe('?round=2018');

    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('shows a viewer only approved assessments, and a member their own draft as not approved', async () => {
    signInAs('sam-viewer');
    const { unmount } = renderApp('/cities/ghent/report?round=2026');
    // Ghent's 2026 assessment is a draft: a viewer gets the latest approved round instead.
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Ghent: Integrating Cities Charter self-assessment, 2022',
      }),
    ).toBeInTheDocument();
    unmount();

    signInAs('lotte-ghent');
    renderApp('/cities/ghent/report?round=2026');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Ghent: Integrating Cities Charter self-assessment, 2026',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/This assessment is not approved yet/)).toBeInTheDocument();
  });
});
