/**
 * `goalpost init`: writes a `.goalpost.json` with the default settings spelled out, and a
 * `.pre-commit-config.yaml` that runs `goalpost check` and `goalpost fmt` on each commit, into the current
 * directory. Existing files are left alone unless `--force`; every file is written whole or not at all.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../core/index';
import { CONFIG_FILE_NAME } from '../node/config-file';
import { COMMON_OPTIONS, parseArguments, answerCommonOptions } from './args';
import { UsageError, describeIoError, isNotFound } from './errors';
import type { Io } from './io';
import { OutputError, writeOutput } from './write-output';

/** The name of pre-commit's settings file. */
const PRE_COMMIT_FILE_NAME = '.pre-commit-config.yaml';

/** The help of `goalpost init`. */
export const INIT_HELP = `Usage: goalpost init [options]

Set up the current directory for Goalpost by writing two files:
  ${CONFIG_FILE_NAME}            the settings, with every default spelled out, to change as you need
  ${PRE_COMMIT_FILE_NAME}   hooks for pre-commit (https://pre-commit.com) that run
                           \`goalpost fmt --write\` and \`goalpost check\` on the .goals files of each commit

An existing file is not overwritten: goalpost says which files exist and writes nothing,
unless --force is given.

Options:
  --force              Overwrite existing files
  -h, --help           Show this help
  -v, --version        Print the version

Exit codes:
  0  the files were written
  2  usage or I/O error: an unknown option, a file that exists already (without --force),
     a directory that cannot be written to

Examples:
  goalpost init                         Write both files into the current directory
  goalpost init --force                 Replace both files with fresh ones
`;

const INIT_OPTIONS = {
  ...COMMON_OPTIONS,
  force: { type: 'boolean' },
} as const;

/** The settings file: every top-level setting at its default, so that users see what they can change. */
export function initialSettings(): string {
  // defaultReview has no default (a goal without a schedule has none), so it is left out rather than invented.
  const settings = {
    rules: DEFAULT_CONFIG.rules,
    maxActiveGoals: DEFAULT_CONFIG.maxActiveGoals,
    vagueWords: DEFAULT_CONFIG.vagueWords,
    gasRho: DEFAULT_CONFIG.gasRho,
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** The pre-commit settings: local hooks that run the goalpost installed in the project. */
export const PRE_COMMIT_CONFIG = `# pre-commit (https://pre-commit.com) runs these hooks on the .goals files of each commit.
# Install pre-commit, then run \`pre-commit install\` once in this repository.
#
# The hooks run the goalpost installed in this project (npm install --save-dev goalpost),
# so the commit is checked by the same version as the editor and CI. --no-install and
# --offline keep npx from ever downloading a package called "goalpost" from the npm
# registry, or even looking it up there: without a local install, the hook fails instead.
# fmt comes first: when it changes a file, the commit stops so that you can look at the
# change and stage it.
#
# Once Goalpost's hook repository is published, you can use it instead of these local
# hooks: replace the "- repo: local" entry below with
#   - repo: <the address of the Goalpost repository>
#     rev: <a released version>
#     hooks:
#       - id: goalpost-fmt
#       - id: goalpost-check
repos:
  - repo: local
    hooks:
      - id: goalpost-fmt
        name: goalpost fmt
        entry: npx --offline --no-install goalpost fmt --write
        language: system
        files: \\.goals$
      - id: goalpost-check
        name: goalpost check
        entry: npx --offline --no-install goalpost check
        language: system
        files: \\.goals$
`;

/** Runs `goalpost init` with the arguments after the command name, and returns the exit code. */
export async function runInit(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseArguments({ args: [...argv], options: INIT_OPTIONS, allowPositionals: false }, 'goalpost init --help');
  const answered = answerCommonOptions(values, INIT_HELP, io);
  if (answered !== undefined) return answered;
  const files = [
    { name: CONFIG_FILE_NAME, text: initialSettings(), about: 'the settings, at their defaults; see docs/configuration.md' },
    { name: PRE_COMMIT_FILE_NAME, text: PRE_COMMIT_CONFIG, about: 'pre-commit hooks; run `pre-commit install` to turn them on' },
  ];
  const force = values.force === true;
  if (!force) {
    // Say about every file that exists at once, and write none of them, so a second run changes nothing.
    const existing: string[] = [];
    for (const file of files) if (await exists(path.join(io.cwd, file.name))) existing.push(`${file.name}: already exists; use --force to overwrite it`);
    if (existing.length > 0) throw new UsageError(existing);
  }
  for (const file of files) {
    try {
      // Without --force, a file that appeared since the check above is not replaced either.
      await writeOutput(path.join(io.cwd, file.name), file.text, { replace: force });
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      throw new UsageError(`${file.name}: ${error.code === 'exists' ? 'already exists; use --force to overwrite it' : error.reason}`);
    }
    io.out(`Wrote ${file.name.padEnd(PRE_COMMIT_FILE_NAME.length)}  ${file.about}\n`);
  }
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw new UsageError(`${path.basename(file)}: ${describeIoError(error)}`);
  }
}
