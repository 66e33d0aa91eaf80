/**
 * The language server's entry point: `goalpost-language-server --stdio` (or `--node-ipc`, as VS
 * Code starts it). The transport is chosen from the command line by vscode-languageserver.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
