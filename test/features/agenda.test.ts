import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parse, readInterval, type Config } from '../../server/src/core/index';
import { agenda, restingGoals, type AgendaItem } from '../../server/src/core/features/agenda';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

/** The agenda of a fixture as one line per item: `line: date kind goal (extra)`, for inline snapshots. */
function agendaOf(text: string, days = 7, options: { today?: string; config?: Config } = {}): string[] {
  return agenda(parse(text).plan, options.today ?? TODAY, days, options.config ?? DEFAULT_CONFIG).map(render);
}

function render(item: AgendaItem): string {
  const extra = [
    item.days !== undefined ? `days ${item.days}` : undefined,
    item.sessionsLeft !== undefined ? `sessions left ${item.sessionsLeft}` : undefined,
    item.text,
    item.reachedOn !== undefined ? `reached on ${item.reachedOn}` : undefined,
  ].filter(Boolean);
  return `${item.range.start.line}: ${item.date ?? '----------'} ${item.kind} ${item.goal}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

describe('agenda', () => {
  it('lists overdue and coming reviews, goals past or near their due date and coming milestones, by date', () => {
    const text = joinLines(
      'plan: Agenda test',
      'start: 2026-11-01',
      'review: every 2 weeks',
      'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2026-11-20',
      '  milestone 2026-11-24: 2 attacks/week',
      '  milestone 2026-11-27: 1-2 attacks/week',
      '  milestone 2026-12-10: 1 attack/week',
      '  due: 2026-11-20',
      'goal walk: Walk 3 days a week',
      '  due: 2026-11-30',
      'goal sleep: In bed by 23:00',
      '  review: every 4 weeks',
      '2026-11-08 review panic: -1',
      '2026-11-24 review walk: 0',
    );
    // panic: reviewed 11-08, due 11-22 (3 days overdue); its goal due 11-20; only the 11-27 milestone is in the window.
    // walk: reviewed 11-24, next review 12-08 is after the window; due 11-30. sleep: from the plan start, 11-29.
    expect(agendaOf(text)).toMatchInlineSnapshot(`
      [
        "3: 2026-11-20 goal-overdue panic (days -5)",
        "3: 2026-11-22 review-overdue panic (days -3)",
        "5: 2026-11-27 milestone panic (days 2, 1-2 attacks/week)",
        "10: 2026-11-29 review-due sleep (days 4)",
        "8: 2026-11-30 goal-due walk (days 5)",
      ]
    `);
  });

  it('looks as many days ahead as asked, including today itself with 0', () => {
    const text = joinLines(
      'start: 2026-11-11',
      'review: every 2 weeks',
      'goal walk: Walk 3 days a week',
      '  milestone 2026-11-25: 1 day/week',
      '  due: 2026-12-20',
    );
    expect(agendaOf(text, 0)).toEqual(['2: 2026-11-25 review-due walk (days 0)', '3: 2026-11-25 milestone walk (days 0, 1 day/week)']);
    expect(agendaOf(text, 0, { today: '2026-11-24' })).toEqual([]);
    expect(agendaOf(text, 1, { today: '2026-11-24' })).toHaveLength(2);
    expect(agendaOf(text, 30)).toEqual([
      '2: 2026-11-25 review-due walk (days 0)',
      '3: 2026-11-25 milestone walk (days 0, 1 day/week)',
      '2: 2026-12-20 goal-due walk (days 25)',
    ]);
  });

  it('counts reviews in sessions, and puts those without a date yet last', () => {
    const text = joinLines(
      'start: 2026-11-01',
      'review: every 3 sessions',
      'goal walk: Walk 3 days a week',
      'goal talk: Speak up once in each team meeting',
      '  review: every 2 sessions',
      'goal diary: Write in my diary',
      '  review: every week',
      '2026-11-04 session',
      '2026-11-11 session',
      '2026-11-18 session',
      '2026-11-18 review walk: 0',
      '2026-11-25 session',
    );
    // talk: two sessions after the start happened on 11-11, so its review is 14 days overdue; walk waits for 2 more.
    expect(agendaOf(text)).toEqual([
      '5: 2026-11-08 review-overdue diary (days -17)',
      '3: 2026-11-11 review-overdue talk (days -14)',
      '2: ---------- review-sessions walk (sessions left 2)',
    ]);
  });

  it('leaves out achieved, paused and dropped goals, but not resumed ones', () => {
    const text = joinLines(
      'start: 2026-11-01',
      'review: every 2 weeks',
      'goal a: A',
      'goal b: B',
      'goal c: C',
      'goal d: D',
      '2026-11-10 achieved a',
      '2026-11-10 paused b',
      '2026-11-10 dropped c',
      '2026-11-10 paused d',
      '2026-11-20 resumed d',
    );
    // Its review fell due on 2026-11-15, while it was paused: it is due on the day it was resumed.
    expect(agendaOf(text)).toEqual(['5: 2026-11-20 review-overdue d (days -5)']);
  });

  it('uses the revised due date, and the default review from the settings', () => {
    const text = joinLines(
      'start: 2026-11-20',
      'goal walk: Walk 3 days a week',
      '  due: 2026-11-21',
      '2026-11-21 revise walk due: 2026-12-01 -- a week of flu',
    );
    expect(agendaOf(text)).toEqual(['1: 2026-12-01 goal-due walk (days 6)']);
    const config = { ...DEFAULT_CONFIG, defaultReview: readInterval('every week') };
    expect(agendaOf(text, 7, { config })).toEqual(['1: 2026-11-27 review-due walk (days 2)', '1: 2026-12-01 goal-due walk (days 6)']);
  });

  it('is empty for an empty plan, a plan without dates, or a today that is not a date', () => {
    expect(agendaOf('')).toEqual([]);
    expect(agendaOf(joinLines('goal walk: Walk', '  review: every week'))).toEqual([]);
    expect(agendaOf(joinLines('start: 2026-01-01', 'review: every week', 'goal walk: Walk'), 7, { today: '2026-13-01' })).toEqual([]);
  });

  it('shows milestones as revised, and marks those the journal has already reached', () => {
    const text = joinLines(
      'start: 2026-11-01',
      'goal walk: Walk 3 days a week',
      '  baseline: 0 days/week',
      '  target: 3 days/week',
      '  milestone 2026-11-27: 2 days/week',
      '  milestone 2026-11-30: 3 days/week',
      '2026-11-10 revise walk milestone 2026-11-30: 2.5 days/week -- a gentler step',
      '2026-11-20 progress walk: 2 days/week',
    );
    expect(agendaOf(text)).toEqual([
      '4: 2026-11-27 milestone walk (days 2, 2 days/week, reached on 2026-11-20)',
      '6: 2026-11-30 milestone walk (days 5, 2.5 days/week)',
    ]);
  });

  it('names the goals that rest, with the status and the date, in plan order', () => {
    const text = joinLines('start: 2026-11-01', 'goal a: A', 'goal b: B', 'goal c: C', '2026-11-10 dropped c', '2026-11-12 paused a -- a hard month', '2026-11-03 achieved b');
    expect(restingGoals(parse(text).plan, TODAY).map((r) => `${r.range.start.line}: ${r.goal} ${r.status} ${r.date}`)).toEqual([
      '1: a paused 2026-11-12',
      '2: b achieved 2026-11-03',
      '3: c dropped 2026-11-10',
    ]);
    expect(restingGoals(parse(joinLines(text, '2026-11-20 resumed a')).plan, TODAY).map((r) => r.goal)).toEqual(['b', 'c']);
  });
});
