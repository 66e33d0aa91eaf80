// `goalpost report`, run as users run it: the built launcher in a child process, with --today fixed.
// The sample reports in docs/ double as snapshots, so they can never drift from what the command writes.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TODAY, root, runGoalpost } from './run-goalpost';

const SAMPLE = 'samples/anxiety-panic.goals';
const REGENERATE = 'regenerate it as docs/cli.md says';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-report-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('goalpost report --format md', () => {
  it('prints the Markdown report of the sample, the same as docs/sample-report.md', () => {
    const run = runGoalpost(['report', '--today', TODAY, SAMPLE], root);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout, REGENERATE).toBe(readFileSync(path.join(root, 'docs/sample-report.md'), 'utf8'));
    expect(run.stdout).toContain('- **Checks:** meets the SMART checks');
    expect(run.stdout).toContain('| 2026-11-16 | 45.6 | +15.4 |');
  });

  it('lists the SMART rules that fire for a goal', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plan.goals'), 'plan: P\nstart: 2026-11-01\n\ngoal calm: Feel better\n  category: emotional\n');
    const run = runGoalpost(['report', '--today', TODAY, 'plan.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/- \*\*Checks:\*\* \d+ things? to look at\n(  - .+\(`[a-z-]+`\)\n)+/);
    expect(run.stdout).toContain('(`vague-goal`)');
  });
});

describe('goalpost report: who agreed the goal', () => {
  it('keeps "with" as written, and says whose goal it is apart from who agreed it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plan.goals'), 'plan: P\nstart: 2026-11-01\n\ngoal speak: Speak up once in each team meeting\n  set by: client\n  agreed: 2026-11-02 with Dr. Kim\n');
    const run = runGoalpost(['report', '--today', TODAY, 'plan.goals'], dir);
    expect(run.stdout).toContain("- **Agreed:** On 2026-11-02 with Dr. Kim; the client's own goal");
  });
});

describe('goalpost report --format html', () => {
  const html = () => {
    const run = runGoalpost(['report', '--format', 'html', '--today', TODAY, SAMPLE], root);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    return run.stdout;
  };

  it('writes the same page as docs/sample-report.html', () => {
    expect(html(), REGENERATE).toBe(readFileSync(path.join(root, 'docs/sample-report.html'), 'utf8'));
  });

  it('is self-contained: a strict policy, no scripts, nothing fetched', () => {
    const page = html();
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
  });

  it('draws one chart per measured goal, each with a title, a description and a data table', () => {
    const page = html();
    const charts = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    // One chart per measured goal, then one per tracked measure, then the plan's T-score chart.
    expect(charts.map((chart) => /id="chart-([\w-]+)-title"/.exec(chart)?.[1])).toEqual(['panic', 'commute', 'breathing', 'measure-mood', 'measure-sleep', 'gas']);
    for (const chart of charts) {
      expect(chart).toMatch(/role="img" aria-labelledby="chart-[\w-]+-title chart-[\w-]+-desc"/);
      expect(chart).toMatch(/<title id="chart-[\w-]+-title">[^<]+<\/title>\n<desc id="chart-[\w-]+-desc">[^<]{40,}<\/desc>/);
    }
    for (const id of ['panic', 'commute', 'breathing']) expect(page).toContain(`<caption>Measurements of ${id}`);
    for (const name of ['mood', 'sleep']) expect(page).toContain(`<caption>${name}, week by week`);
    expect(page).toContain('<h2>GAS T-score over time</h2>');
    expect(page).toContain('<caption>T-scores</caption>');
  });

  it('chooses HTML for -o file.html and writes the file whole, printing nothing', () => {
    const dir = tempDir();
    const run = runGoalpost(['report', '--today', TODAY, '-o', path.join(dir, 'out.html'), path.join(root, SAMPLE)], dir);
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, 'out.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir).sort()).toEqual(['out.html']);
  });
});

describe('goalpost report of a SMART-only recovery plan (samples/sober-october.goals)', () => {
  const report = (format: 'md' | 'html') => {
    const run = runGoalpost(['report', '--format', format, '--today', TODAY, 'samples/sober-october.goals'], root);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    return run.stdout;
  };

  it('counts days free since the restart after the lapse, and shows the lapse and the wins in the journal', () => {
    const md = report('md');
    expect(md).toContain('- **Progress:** 40 of 90 days since the restart on 2026-10-17');
    expect(md).not.toMatch(/drinks\/week · 100% of the way/);
    expect(md).toContain('- 2026-10-16 · Lapse: three glasses of wine at the work leaving do');
    expect(md).toContain('- 2026-09-30 · Win: 30 days!');
    expect(md).toContain('  - ✓ 30 days alcohol-free by 2026-09-30 · reached on 2026-09-30');
    expect(md).toContain('- **Agreed:** On 2026-09-01 by Dana and Ruth; set together');
    expect(md).toContain('### mood (1-10)');
    expect(md).toContain('### acamprosate (yes/no)');
  });

  it('has no T-score section, since no goal uses GAS', () => {
    expect(report('md')).not.toMatch(/T-score|GAS/);
    expect(report('html')).not.toMatch(/T-score|GAS/);
  });

  it('draws the mood chart, the days free on their own axis, and the lapse and wins as markers', () => {
    const page = report('html');
    const charts = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    const ids = charts.map((chart) => /id="chart-([\w-]+)-title"/.exec(chart)?.[1]);
    expect(ids).toEqual(expect.arrayContaining(['sober-days', 'measure-mood', 'measure-acamprosate']));
    const days = charts.find((c) => c.includes('id="chart-sober-days-title"'))!;
    expect(days).toContain('<title id="chart-sober-days-title">sober: days free</title>');
    expect(days).toMatch(/<path class="setback"[^>]*><title>Lapse on 2026-10-16: three glasses of wine at the work leaving do<\/title><\/path>/);
    // The goal logs no drinks, so its only chart is the days free, with the day-count milestones on it.
    expect(ids).not.toContain('sober');
    expect(days).toMatch(/class="reached"/);
    const walk = charts.find((c) => c.includes('id="chart-walk-title"'))!;
    expect(walk).toMatch(/<path class="win"[^>]*><title>Win on 2026-11-08: 4 walks this week, the first time<\/title><\/path>/);
    expect(charts.find((c) => c.includes('id="chart-measure-mood-title"'))).toMatch(/<polyline class="measured"/);
    expect(page).toContain('<caption>acamprosate, week by week: days done of the days logged</caption>');
  });
});

describe('goalpost report: mistakes', () => {
  it('reports what it could read of a plan with a broken line, and says so on stderr in the words the other commands use', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plan.goals'), 'plan: Broken line\n\ngoal walk: Walk 20 minutes on 3 days a week by 2026-12-31\n\n2026-11-31 progress walk: 2 walks\n');
    const run = runGoalpost(['report', '--today', '2026-12-01', 'plan.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## walk');
    expect(run.stderr).toBe('goalpost: note: plan.goals has 1 line that could not be read, left out of the report; see `goalpost check plan.goals`\n');
  });

  it('reports bad options on one line each, with exit code 2', () => {
    const run = runGoalpost(['report', '--format', 'pdf', '--today', '2026-2-30', SAMPLE], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "goalpost: --format 'pdf': use md or html\ngoalpost: --today needs a real date written YYYY-MM-DD, such as 2026-11-25, not '2026-2-30'\n",
    );
  });

  it('says when the plan or the output cannot be used, and leaves no temporary file', () => {
    const dir = tempDir();
    expect(runGoalpost(['report', 'missing.goals'], dir)).toMatchObject({ status: 2, stderr: 'goalpost: missing.goals: no such file or directory\n' });
    const run = runGoalpost(['report', '--today', TODAY, '-o', 'nowhere/out.md', path.join(root, SAMPLE)], dir);
    expect(run).toMatchObject({ status: 2, stderr: 'goalpost: nowhere/out.md: its folder does not exist\n' });
    expect(readdirSync(dir).sort()).toEqual([]);
  });

  it('has help with examples', () => {
    const run = runGoalpost(['report', '--help'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: goalpost report/);
    expect(run.stdout).toContain('Examples:');
  });
});
