// The build script replaces `GOALPOST_VERSION` with the version from package.json (an esbuild `define`).
declare const GOALPOST_VERSION: string;

/** The version of this build; code run straight from source, without the bundler, says so. */
export const version: string = typeof GOALPOST_VERSION === 'string' ? GOALPOST_VERSION : '0.0.0-source';
