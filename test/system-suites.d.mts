// Types for system-suites.mjs, which the configs and the plain-Node set-up script share.

/** A suite outside `npm test`: its files, the Debian packages it drives, and whether it needs code-server. */
export interface SystemSuite {
  readonly files: string;
  readonly packages: readonly string[];
  readonly codeServer: boolean;
}

export const SYSTEM_SUITES: readonly SystemSuite[];
export const CODE_SERVER_BUILD_PACKAGES: readonly string[];
