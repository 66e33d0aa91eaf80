/**
 * The JSON report runner.ts writes after suite 1 has run in a host that loads the tests module
 * itself, and the environment variable that says where; in-code-server.test.ts reads it.
 */

/** Names the report's path; the extension host inherits it from code-server's environment. */
export const REPORT_ENV = 'GOALPOST_VSCODE_TEST_REPORT';

/** How many tests mocha found, full test titles, and for each failure its message and stack. */
export interface Report {
  total: number;
  /** How long mocha took to run the suite, in milliseconds. */
  durationMs: number;
  readonly passed: string[];
  readonly failed: { title: string; message: string; stack?: string }[];
  readonly pending: string[];
}
