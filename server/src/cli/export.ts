/**
 * `goalpost export --fhir`: a plan as an HL7 FHIR R4 Bundle, for a clinic's records or a CI artefact.
 * The mapping is the core's (`exportFhir`); this file reads the plan, makes the stable UUIDs and writes the JSON.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { exportFhir } from '../core/export/fhir';
import { parse } from '../core/index';
import { COMMON_OPTIONS, parseArguments, answerCommonOptions } from './args';
import { UsageError } from './errors';
import type { Io } from './io';
import { checkOutputFile, writeOutputFile } from './output-file';
import { readPlanInput, readToday } from './plan-input';
import { showPath, showText } from './show';

/** The help of `goalpost export`. */
export const EXPORT_HELP = `Usage: goalpost export --fhir [options] <plan.goals>

Export a plan as an HL7 FHIR R4 Bundle (type "collection") in JSON: a Patient named after
the plan's client, a CarePlan, one Goal per goal (status, achievement, category, target,
GAS scale) and one Observation per GAS review. GAS follows the HL7 Person-Centered
Outcomes (PCO) implementation guide. Resource ids are UUIDs derived from the file's path
and the goal ids, so exporting the same file again gives the same ids.

Options:
  --fhir               Export FHIR R4 JSON (the only format so far; required)
  -o, --output <file>  Write the Bundle to this file instead of stdout (replaced at once, never
                       half-written, no more readable than the plan, never the plan itself)
  --today YYYY-MM-DD   Export as of this date; later journal entries are left out (default: today)
  -h, --help           Show this help
  -v, --version        Print the version

Exit codes:
  0  the Bundle was written
  2  usage or I/O error: no --fhir, an unknown option, a bad date, a missing or unreadable
     plan, a file that is not a plan (empty, binary, not UTF-8 text, over 8 MiB), an output
     file that cannot be written, is read-only or is the plan itself

Examples:
  goalpost export --fhir plans/alex.goals > alex.fhir.json
  goalpost export --fhir --today 2026-12-31 -o alex.fhir.json plans/alex.goals
`;

const EXPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  fhir: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  today: { type: 'string' },
} as const;

/** A fixed namespace for Goalpost's name-based UUIDs (RFC 9562 version 5), so ids never collide with other tools'. */
const UUID_NAMESPACE = '3f0b8f6e-6d0c-4c61-9a8e-52c1a1f0c7d2';

/** Runs `goalpost export` with the arguments after the command name, and returns the exit code. */
export async function runExport(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArguments({ args: [...argv], options: EXPORT_OPTIONS, allowPositionals: true }, 'goalpost export --help');
  const answered = answerCommonOptions(values, EXPORT_HELP, io);
  if (answered !== undefined) return answered;
  if (!values.fhir) throw new UsageError('export needs a format: --fhir; see `goalpost export --help`');
  if (positionals.length !== 1) {
    throw new UsageError(`export takes one plan file${positionals.length > 1 ? `, not ${positionals.length}` : ''}; see \`goalpost export --help\``);
  }
  const problems: string[] = [];
  const today = readToday(values.today, problems);
  if (problems.length > 0) throw new UsageError(problems);
  const input = await readPlanInput(positionals[0]!, undefined, io);
  const { file, text } = input;
  if (values.output !== undefined) await checkOutputFile(values.output, input, io);

  const { plan, diagnostics } = parse(text);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    io.err(`goalpost: note: ${showPath(file)} has ${errors === 1 ? '1 line' : `${errors} lines`} with errors, left out of the export; see \`goalpost check ${showPath(file)}\`\n`);
  }
  // The path as typed from the current directory, with / on every system, so the ids are the same on Windows.
  const seed = file.split(path.sep).join('/');
  const { bundle, skipped } = exportFhir(plan, { today, uuid: (name) => uuidV5(`${seed}#${name}`) });
  for (const reason of skipped) io.err(`goalpost: note: left out: ${showText(reason)}\n`);
  const json = `${JSON.stringify(bundle, null, 2)}\n`;
  if (values.output === undefined) {
    io.out(json);
    return 0;
  }
  await writeOutputFile(values.output, json, input, io);
  return 0;
}

/** A name-based UUID (RFC 9562 version 5: SHA-1 of the namespace and the name). */
export function uuidV5(name: string, namespace: string = UUID_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
