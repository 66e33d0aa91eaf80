/** The file `-o` names for an output made from a plan (a report, an export): never the plan, never more readable. */
import path from 'node:path';
import { UsageError } from './errors';
import type { Io } from './io';
import type { PlanInput } from './plan-input';
import { showPath } from './show';
import { OutputError, refuseInputs, writeOutput } from './write-output';

/**
 * Refuses, before any work is done, an output file that is the plan itself, by whatever path (another
 * spelling, a symbolic link, a hard link): writing it would replace the client's words with the output.
 */
export async function checkOutputFile(output: string, plan: PlanInput, io: Io): Promise<void> {
  await refuseInputs(path.resolve(io.cwd, output), [plan.stats]).catch((error: unknown) => {
    throw asUsageError(error, output, io);
  });
}

/** Writes an output made from `plan` to the file `-o` names, atomically, and no more readable than the plan. */
export async function writeOutputFile(output: string, text: string, plan: PlanInput, io: Io): Promise<void> {
  await writeOutput(path.resolve(io.cwd, output), text, { derivedFrom: plan.stats, inputs: [plan.stats] }).catch((error: unknown) => {
    throw asUsageError(error, output, io);
  });
}

function asUsageError(error: unknown, output: string, io: Io): unknown {
  if (!(error instanceof OutputError)) return error;
  return new UsageError(`${showPath(path.relative(io.cwd, path.resolve(io.cwd, output)))}: ${error.reason}`);
}
