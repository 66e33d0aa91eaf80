// The CLI's one way of writing a file (server/src/cli/write-output.ts), called directly on files in a temp dir:
// whole or not at all, with the right permissions, never over a plan it reads or a read-only file.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputError, refuseInputs, writeOutput, type WriteOptions } from '../../server/src/cli/write-output';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-write-'));
  dirs.push(dir);
  return dir;
}

const modeOf = (file: string) => statSync(file).mode & 0o7777;

/** The permissions a new file gets from this process: 0666 less the umask, as any program creating a file. */
function usualMode(dir: string): number {
  const probe = path.join(dir, 'probe');
  writeFileSync(probe, '');
  const mode = modeOf(probe);
  rmSync(probe);
  return mode;
}

/** The reason an OutputError gives, or the error itself when the write did not fail as an OutputError. */
async function reasonOf(target: string, text: string, options?: WriteOptions): Promise<string> {
  try {
    await writeOutput(target, text, options);
  } catch (error) {
    if (error instanceof OutputError) return error.reason;
    throw error;
  }
  throw new Error('the write succeeded');
}

/** A process id that is certainly not running: that of a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('writeOutput: a new file', () => {
  it('writes the text, with the permissions any new file gets, and leaves nothing else', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.md');
    await writeOutput(target, 'report\n');
    expect(readFileSync(target, 'utf8')).toBe('report\n');
    expect(modeOf(target)).toBe(usualMode(dir));
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('gives an output made from a plan no permission for group or others that the plan lacks', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'plan.goals');
    writeFileSync(plan, 'plan: x\n');
    for (const [planMode, expected] of [
      [0o600, 0o600],
      [0o400, 0o600],
      [0o640, 0o640 & usualMode(dir)],
      [0o644, usualMode(dir)],
    ] as const) {
      chmodSync(plan, planMode);
      const target = path.join(dir, `report-${planMode.toString(8)}.md`);
      await writeOutput(target, 'report\n', { derivedFrom: statSync(plan) });
      expect(modeOf(target), `a plan with mode ${planMode.toString(8)}`).toBe(expected);
    }
  });

  it('says when its folder does not exist or is not a folder, and creates nothing', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'file'), '');
    expect(await reasonOf(path.join(dir, 'missing/report.md'), 'x')).toBe('its folder does not exist');
    expect(await reasonOf(path.join(dir, 'file/report.md'), 'x')).toBe('its folder is not a directory');
    expect(await reasonOf(dir, 'x')).toBe('is a directory');
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('never takes the name of an existing file when it must be new', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'plan.goals');
    writeFileSync(target, 'my plan\n');
    await expect(writeOutput(target, 'template\n', { replace: false })).rejects.toMatchObject({ reason: 'already exists', code: 'exists' });
    expect(readFileSync(target, 'utf8')).toBe('my plan\n');
    await writeOutput(path.join(dir, 'new.goals'), 'template\n', { replace: false });
    expect(readFileSync(path.join(dir, 'new.goals'), 'utf8')).toBe('template\n');
    expect(readdirSync(dir).sort()).toEqual(['new.goals', 'plan.goals']);
  });

  it('refuses a symbolic link to nothing rather than replacing the link', async () => {
    const dir = tempDir();
    symlinkSync('nowhere.md', path.join(dir, 'link.md'));
    expect(await reasonOf(path.join(dir, 'link.md'), 'x')).toBe('is a symbolic link to a file that does not exist');
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
  });

  it('writes straight to a device, which has nothing to keep', async () => {
    await writeOutput('/dev/null', 'nothing\n');
  });
});

describe('writeOutput: an existing file', () => {
  it('replaces it in one step, keeping its permissions', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'plan.goals');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o640);
    const before = statSync(target).ino;
    await writeOutput(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(modeOf(target)).toBe(0o640);
    // A new file took the name: readers see the old text or the new, never a mix.
    expect(statSync(target).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.goals']);
  });

  it('keeps an existing output private, and makes it private when its plan is', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'plan.goals');
    const report = path.join(dir, 'report.md');
    writeFileSync(plan, 'plan: x\n');
    writeFileSync(report, 'old report\n');
    chmodSync(plan, 0o600);
    chmodSync(report, 0o600);
    await writeOutput(report, 'report\n', { derivedFrom: statSync(plan) });
    expect(modeOf(report)).toBe(0o600);
    chmodSync(report, 0o644);
    await writeOutput(report, 'report\n', { derivedFrom: statSync(plan) });
    expect(modeOf(report)).toBe(0o600);
  });

  it('rewrites the file a symbolic link points to, and keeps the link', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'real.goals'), 'old\n');
    symlinkSync('real.goals', path.join(dir, 'link.goals'));
    await writeOutput(path.join(dir, 'link.goals'), 'new\n');
    expect(lstatSync(path.join(dir, 'link.goals')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.goals'), 'utf8')).toBe('new\n');
  });

  it('leaves a read-only file as it is, though the folder would allow replacing it', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'plan.goals');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o444);
    const before = statSync(target);
    expect(await reasonOf(target, 'new\n')).toBe('is read-only; goalpost leaves it as it is');
    const after = statSync(target);
    expect({ text: readFileSync(target, 'utf8'), ino: after.ino, mode: modeOf(target) }).toEqual({ text: 'old\n', ino: before.ino, mode: 0o444 });
    expect(readdirSync(dir)).toEqual(['plan.goals']);
  });

  it('leaves a file that changed since it was read, so that the newer text wins', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'plan.goals');
    writeFileSync(target, 'saved meanwhile\n');
    expect(await reasonOf(target, 'formatted\n', { expected: 'as read\n' })).toBe('changed while goalpost was working on it; it is left as it is');
    expect(readFileSync(target, 'utf8')).toBe('saved meanwhile\n');
    expect(readdirSync(dir)).toEqual(['plan.goals']);
    await writeOutput(target, 'formatted\n', { expected: 'saved meanwhile\n' });
    expect(readFileSync(target, 'utf8')).toBe('formatted\n');
  });

  it('never replaces a plan being read, by whatever path it is named', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'plan.goals');
    writeFileSync(plan, 'plan: x\n');
    linkSync(plan, path.join(dir, 'hard.goals'));
    symlinkSync('plan.goals', path.join(dir, 'soft.goals'));
    mkdirSync(path.join(dir, 'sub'));
    const inputs = [statSync(plan)];
    for (const name of ['plan.goals', 'hard.goals', 'soft.goals', 'sub/../plan.goals']) {
      expect(await reasonOf(path.join(dir, name), 'report\n', { inputs }), name).toBe('is the plan being read; choose another file to write to');
      await expect(refuseInputs(path.join(dir, name), inputs)).rejects.toBeInstanceOf(OutputError);
    }
    expect(readFileSync(plan, 'utf8')).toBe('plan: x\n');
    await refuseInputs(path.join(dir, 'report.md'), inputs);
  });
});

describe('writeOutput: the temporary files of runs that were killed', () => {
  it('removes those of the same target whose process is gone, and nothing else', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.md');
    const dead = deadPid();
    const stale = [`.report.md.${dead}.0123456789ab.goalpost-tmp`, `.report.md.${dead}.ba9876543210.goalpost-tmp`];
    const kept = [
      // A running process's write (process 1 always runs), another target's, other naming, a person's own files.
      `.report.md.1.0123456789ab.goalpost-tmp`,
      `.other.md.${dead}.0123456789ab.goalpost-tmp`,
      `.report.md.${dead}.goalpost-tmp`,
      `.report.md.${dead}.0123456789ab.tmp`,
      'report.md.2026',
      `report.md.${dead}`,
    ];
    for (const name of [...stale, ...kept]) writeFileSync(path.join(dir, name), 'a copy of the plan\n', { mode: 0o600 });
    // A link with the right name is not a file of ours to remove.
    symlinkSync('report.md.2026', path.join(dir, `.report.md.${dead}.cccccccccccc.goalpost-tmp`));
    await writeOutput(target, 'report\n');
    expect(readdirSync(dir).sort()).toEqual([...kept, `.report.md.${dead}.cccccccccccc.goalpost-tmp`, 'report.md'].sort());
    for (const name of stale) expect(existsSync(path.join(dir, name))).toBe(false);
  });

  it('also removes them when the write fails, such as over a read-only file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.md');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o444);
    const name = `.report.md.${deadPid()}.0123456789ab.goalpost-tmp`;
    writeFileSync(path.join(dir, name), 'half a report', { mode: 0o600 });
    expect(await reasonOf(target, 'new\n')).toBe('is read-only; goalpost leaves it as it is');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });
});
