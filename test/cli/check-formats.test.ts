// The machine-readable outputs of `goalpost check`: json, sarif (validated against the SARIF 2.1.0 schema) and github.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import { RULE_INFO, SYNTAX_CODES } from '../../server/src/core/index';
import { formatGithub } from '../../server/src/cli/formats/github';
import { joinLines, removeFixtures, runGoalpost, settings, TODAY, version, writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

/** An impossible date (an error at 3:8-3:18) and a category that does not exist (set to info below, at 2:13-2:19). */
const PLAN = joinLines('goal panic: Reduce panic attacks', '  category: calm', '  due: 2027-02-30');
const PLAN_SETTINGS = settings({ 'unknown-category': 'info' });

const check = (args: readonly string[], cwd: string) => runGoalpost(['check', '--today', TODAY, ...args], cwd);

describe('--format json', () => {
  it('prints every checked file with its findings, 1-based ranges and a summary', () => {
    const dir = writeFixtures({ '.goalpost.json': PLAN_SETTINGS, 'plans/a.goals': PLAN, 'plans/clean.goals': 'goal walk: Walk\n' });
    const run = check(['--format', 'json', 'plans'], dir);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      schemaVersion: 1,
      today: TODAY,
      files: [
        {
          file: 'plans/a.goals',
          findings: [
            {
              range: { start: { line: 2, column: 13 }, end: { line: 2, column: 17 } },
              severity: 'info',
              code: 'unknown-category',
              message: expect.stringContaining("'calm'"),
            },
            {
              range: { start: { line: 3, column: 8 }, end: { line: 3, column: 18 } },
              severity: 'error',
              code: 'invalid-date',
              message: expect.stringContaining('2027-02-30'),
            },
          ],
        },
        { file: 'plans/clean.goals', findings: [] },
      ],
      summary: { files: 2, filesWithFindings: 1, errors: 1, warnings: 0, info: 1, hints: 0, held: 0 },
    });
    // The summary line for people still goes to stderr, so stdout is only the document.
    expect(run.stderr).toBe('1 error, 1 info in 1 file (2 files checked)\n');
  });

  it('prints a document even when nothing is wrong', () => {
    const run = check(['--format', 'json', 'a.goals'], writeFixtures({ 'a.goals': 'goal walk: Walk\n' }));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ files: [{ file: 'a.goals', findings: [] }], summary: { files: 1, errors: 0 } });
  });
});

const require = createRequire(import.meta.url);

/**
 * The SARIF 2.1.0 schema as npm ships it (in @microsoft/jest-sarif); it is draft-04, hence ajv-draft-04.
 * Its `language` pattern has a stray `]` that the spec's errata later fixed; without the `u` flag it still compiles.
 */
function sarifValidator() {
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

describe('--format sarif', () => {
  const validate = sarifValidator();

  /** Asserts the log is valid SARIF 2.1.0, with the schema's own words when it is not. */
  function expectValid(log: unknown): void {
    const valid = validate(log);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  }

  it('is valid SARIF 2.1.0 with results for rules and format problems', () => {
    const dir = writeFixtures({ '.goalpost.json': PLAN_SETTINGS, 'my plans/été.goals': PLAN });
    const run = check(['--format', 'sarif', '.'], dir);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expectValid(log);
    const [sarifRun] = log.runs;
    expect(sarifRun!.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun!.properties).toEqual({ today: TODAY });
    expect(sarifRun!.results).toEqual([
      {
        ruleId: 'unknown-category',
        ruleIndex: expect.any(Number),
        level: 'note',
        message: { text: expect.stringContaining("'calm'") },
        locations: [
          {
            physicalLocation: {
              // Relative to the repository root GitHub checks out, with forward slashes and percent-encoding.
              artifactLocation: { uri: 'my%20plans/%C3%A9t%C3%A9.goals', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 13, endLine: 2, endColumn: 17 },
            },
          },
        ],
      },
      expect.objectContaining({ ruleId: 'invalid-date', level: 'error' }),
    ]);
    const rules = sarifRun!.tool.driver.rules!;
    for (const result of sarifRun!.results!) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('describes the tool, every rule and every format problem, with links to their docs', () => {
    const log = JSON.parse(check(['--format', 'sarif', 'a.goals'], writeFixtures({ 'a.goals': 'goal walk: Walk\n' })).stdout) as Log;
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    const { driver } = log.runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'goalpost', version });
    const rules = driver.rules!;
    expect(rules.map((rule) => rule.id)).toEqual([...SYNTAX_CODES, ...RULE_INFO.map((rule) => rule.id)]);
    const levels = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
    for (const info of RULE_INFO) {
      const rule = rules.find((r) => r.id === info.id)!;
      expect(rule.shortDescription?.text).toBe(info.summary);
      expect(rule.defaultConfiguration?.level).toBe(levels[info.severity]);
      // The help names the rule's page (test/rules/catalog.test.ts checks that it exists).
      expect(rule.help?.text).toContain(`docs/rules/${info.id}.md`);
    }
    for (const code of SYNTAX_CODES) {
      const rule = rules.find((r) => r.id === code)!;
      expect(rule.defaultConfiguration?.level).toBe('error');
      expect(rule.help?.text).toContain("docs/format.md (Errors in the format)");
      expect(rule.shortDescription?.text).toMatch(/^[A-Z].+\.$/);
    }
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('stays valid for names that need encoding, and for standard input', () => {
    const dir = writeFixtures({ '.goalpost.json': PLAN_SETTINGS, 'odd #1, 100%: a?.goals': PLAN });
    const files = JSON.parse(check(['--format', 'sarif', '.'], dir).stdout) as Log;
    expectValid(files);
    expect(files.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('odd%20%231%2C%20100%25%3A%20a%3F.goals');
    const stdin = JSON.parse(runGoalpost(['check', '--format', 'sarif', '-'], dir, { input: PLAN }).stdout) as Log;
    expectValid(stdin);
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, at its range, titled with its code', () => {
    const dir = writeFixtures({ '.goalpost.json': settings({ 'unknown-category': 'warning' }), 'plans/a.goals': PLAN });
    const run = check(['--format', 'github', 'plans'], dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::warning file=plans\/a\.goals,line=2,endLine=2,col=13,endColumn=17,title=unknown-category::'calm' .+$/);
    expect(lines[1]).toMatch(/^::error file=plans\/a\.goals,line=3,endLine=3,col=8,endColumn=18,title=invalid-date::2027-02-30 .+$/);
  });

  it('makes info and hints notices', () => {
    const dir = writeFixtures({ '.goalpost.json': PLAN_SETTINGS, 'a.goals': PLAN });
    expect(check(['--format', 'github', 'a.goals'], dir).stdout).toMatch(/^::notice file=a\.goals,line=2,/);
  });

  it('escapes %, : and , in the file name, and % in the message, as GitHub documents', () => {
    // The parser quotes the unexpected character, so a '%' in a field name reaches the message.
    const dir = writeFixtures({ 'a,b:100%.goals': joinLines('plan: x', 'thera%pist: Jo') });
    const run = check(['--format', 'github', 'a,b:100%.goals'], dir);
    expect(run.stdout).toMatch(/^::error file=a%2Cb%3A100%25\.goals,line=2,endLine=2,col=6,endColumn=7,title=syntax-error::Found '%25' .+\n$/);
    // In the message, ':' and ',' need no escaping.
    expect(run.stdout).toMatch(/::.*: .*, /);
  });

  it('escapes line breaks, and leaves columns out of a range over several lines', () => {
    const diagnostic = {
      range: { start: { line: 0, character: 4 }, end: { line: 2, character: 1 } },
      severity: 'error' as const,
      code: 'some-rule',
      message: 'First line\r\nsecond: 50%',
    };
    expect(formatGithub([{ file: 'x.goals', diagnostics: [diagnostic] }])).toBe(
      '::error file=x.goals,line=1,endLine=3,title=some-rule::First line%0D%0Asecond: 50%25\n',
    );
  });
});
