/**
 * `goalpost export --fhir`: a plan as an HL7 FHIR R4 Bundle, for a clinic's records or a CI artefact.
 * The mapping is the core's (`exportFhir`); this file reads the options and the plan, and writes the JSON; the
 * stable UUIDs come from export-ids.ts.
 */
import path from 'node:path';
import { exportFhir, parse, PATIENT_REFERENCE } from '../core/index';
import { COMMON_OPTIONS, parseArguments, answerCommonOptions } from './args';
import { UsageError } from './errors';
import { idSeed, uuidV5 } from './export-ids';
import type { Io } from './io';
import { checkOutputFile, writeOutputFile } from './output-file';
import { noteUnreadLines, readPlanInput, readToday } from './plan-input';
import { showText } from './show';

/** The help of `goalpost export`. */
export const EXPORT_HELP = `Usage: goalpost export --fhir [options] <plan.goals>

Export a plan as an HL7 FHIR R4 Bundle in JSON: a Patient named after the plan's client,
a Practitioner for its clinician, a CarePlan, one Goal per goal (status, achievement,
category and kind, target, GAS scale, who set and agreed it, the journal's notes, wins,
setbacks and reviews) and one Observation per GAS review, progress measurement and
tracked measure's value. GAS follows the HL7 Person-Centered Outcomes (PCO) implementation
guide. Resource ids are UUIDs made from the plan file's real path (or --id-seed) and the
goal ids, so exporting the same file again, from any folder, gives the same ids.

Options:
  --fhir               Export FHIR R4 JSON (the only format so far; required)
  --bundle <type>      collection (the default): resources to keep together; transaction:
                       each with a PUT request on its id, for a FHIR server to import, so a
                       re-export updates the same records
  --patient <ref>      Point at an existing Patient, such as Patient/123, instead of
                       making one
  --id-seed <text>     Make the ids from this text instead of the file's path, so they stay
                       the same when the file moves or on another machine (one per plan,
                       such as the client's record number)
  -o, --output <file>  Write the Bundle to this file instead of stdout (replaced at once, never
                       half-written, no more readable than the plan, never the plan itself)
  --today YYYY-MM-DD   Export as of this date; later journal entries are left out (default: today)
  -h, --help           Show this help
  -v, --version        Print the version

Exit codes:
  0  the Bundle was written
  2  usage or I/O error: no --fhir, an unknown option or bundle type, a bad date or Patient
     reference, a missing or unreadable plan, a file that is not a plan (empty, binary, not
     UTF-8 text, over 8 MiB), an output file that cannot be written, is read-only or is the
     plan itself

Examples:
  goalpost export --fhir plans/alex.goals > alex.fhir.json
  goalpost export --fhir --today 2026-12-31 -o alex.fhir.json plans/alex.goals
  goalpost export --fhir --bundle transaction --patient Patient/123 plans/alex.goals
`;

const EXPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  fhir: { type: 'boolean' },
  bundle: { type: 'string' },
  patient: { type: 'string' },
  'id-seed': { type: 'string' },
  output: { type: 'string', short: 'o' },
  today: { type: 'string' },
} as const;

const BUNDLE_TYPES = ['collection', 'transaction'] as const;

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
  const bundleType = values.bundle ?? 'collection';
  if (!isBundleType(bundleType)) problems.push(`--bundle is collection or transaction, not '${showText(bundleType)}'`);
  if (values.patient !== undefined && !PATIENT_REFERENCE.test(values.patient)) {
    problems.push(`--patient needs an existing Patient written Patient/<id>, such as Patient/123, not '${showText(values.patient)}'`);
  }
  if (values['id-seed'] !== undefined && values['id-seed'].trim() === '') problems.push("--id-seed needs some text, such as the client's record number");
  if (problems.length > 0 || !isBundleType(bundleType)) throw new UsageError(problems);
  const input = await readPlanInput(positionals[0]!, undefined, io);
  const { file, text } = input;
  if (values.output !== undefined) await checkOutputFile(values.output, input, io);

  const { plan, diagnostics } = parse(text);
  noteUnreadLines(io, file, diagnostics, 'the export');
  const seed = await idSeed(path.resolve(io.cwd, file), values['id-seed']);
  const { bundle, skipped } = exportFhir(plan, {
    today,
    uuid: (name) => uuidV5(`${seed}#${name}`),
    bundleType,
    ...(values.patient !== undefined && { patient: values.patient }),
  });
  for (const reason of skipped) io.err(`goalpost: note: left out: ${showText(reason)}\n`);
  const json = `${JSON.stringify(bundle, null, 2)}\n`;
  if (values.output === undefined) {
    io.out(json);
    return 0;
  }
  await writeOutputFile(values.output, json, input, io);
  return 0;
}

function isBundleType(type: string): type is (typeof BUNDLE_TYPES)[number] {
  return (BUNDLE_TYPES as readonly string[]).includes(type);
}
