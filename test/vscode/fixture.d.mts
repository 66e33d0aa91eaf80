// Types for fixture.mjs, which stays plain JavaScript because .vscode-test.mjs imports it too.
export declare const TODAY: string;
export declare const WORKSPACE_SETTINGS: Readonly<Record<string, unknown>>;
export declare function createWorkspace(): string;
export declare function removeWorkspace(dir: string): void;
