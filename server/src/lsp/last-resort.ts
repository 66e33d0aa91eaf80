/**
 * The last line of defence: an exception nothing else caught is logged in one line and the server
 * keeps running, so a bug costs one answer rather than every feature until the editor restarts it.
 * Handlers catch their own errors first; this is for what slips past them.
 */
import { describeError } from './log';

export function keepRunning(log: (line: string) => void): void {
  // A closed stderr must not turn each log line into a new uncaught error.
  process.stderr.on('error', () => undefined);
  process.on('uncaughtException', (error) => log(`an internal error was caught and the server kept running: ${describeError(error)}`));
  process.on('unhandledRejection', (reason) => log(`an internal error was caught and the server kept running: ${describeError(reason)}`));
}
