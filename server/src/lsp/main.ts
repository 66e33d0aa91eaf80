/**
 * The language server's entry point: `goalpost-language-server --stdio` (or `--node-ipc`, as VS
 * Code starts it, `--socket=<port>` or `--pipe=<name>`).
 */
import { Console } from 'node:console';
import { connect } from './connect';
import { keepRunning } from './last-resort';
import { logLine } from './log';
import { startServer } from './server';
import { transportFromArguments } from './transport';

keepRunning(logLine);
const transport = transportFromArguments(process.argv.slice(2));
if (!transport) {
  logLine('name a transport: --stdio, --node-ipc, --socket=<port> or --pipe=<name>');
  process.exit(2);
}
// Standard output carries the protocol: anything a library prints goes to standard error instead.
// The methods are replaced on the console object itself, which libraries may hold on to.
if (process.argv.includes('--stdio')) {
  const toStderr = new Console(process.stderr, process.stderr);
  for (const method of ['log', 'info', 'debug', 'dir', 'trace', 'table', 'warn', 'error'] as const) console[method] = toStderr[method].bind(toStderr) as never;
}
startServer(connect(transport.reader, transport.writer, (code) => process.exit(code)));
