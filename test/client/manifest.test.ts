// The extension's manifest (package.json) against the code it describes: commands, settings,
// rules, semantic token types and every file it names.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_INFO } from '../../server/src/core/index';
import { LENS_COMMANDS } from '../../server/src/lsp/lens-commands';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/semantic-tokens';
import { CONFIG_KEYS, PERSONAL_KEYS } from '../../server/src/lsp/settings';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const extensionSource = readFileSync(path.join(root, 'client/src/extension.ts'), 'utf8');
const declared: string[] = contributes.commands.map((c: { command: string }) => c.command);
const settings = contributes.configuration.properties as Record<string, { enum?: string[]; properties?: Record<string, { enum: string[] }> }>;

describe('the extension manifest', () => {
  it('declares exactly the commands the extension registers, each with a title and the Goalpost category', () => {
    const registered = [...extensionSource.matchAll(/command\('(goalpost\.[A-Za-z]+)'/g)].map((m) => m[1]);
    expect([...declared].sort()).toEqual([...registered].sort());
    for (const command of contributes.commands) expect(command).toMatchObject({ title: expect.any(String), category: 'Goalpost' });
  });

  it('declares every command a code lens runs', () => {
    for (const id of Object.values(LENS_COMMANDS)) expect(declared).toContain(id);
  });

  it('mirrors the settings the server reads, and restricts the ones a folder could use to change the checks', () => {
    const expected = [...CONFIG_KEYS, 'today', 'statusBar.enabled', 'trace.server'].map((key) => `goalpost.${key}`);
    expect(Object.keys(settings).sort()).toEqual(expected.sort());
    expect([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort()).toEqual(
      [...CONFIG_KEYS.filter((key) => !(PERSONAL_KEYS as readonly string[]).includes(key)), 'today'].map((key) => `goalpost.${key}`).sort(),
    );
  });

  it('lists every rule under goalpost.rules with the five severities', () => {
    const rules = settings['goalpost.rules']!.properties!;
    expect(Object.keys(rules).sort()).toEqual(RULE_INFO.map((r) => r.id).sort());
    for (const rule of Object.values(rules)) expect(rule.enum).toEqual(['off', 'hint', 'info', 'warning', 'error']);
  });

  it('describes each rule in the settings with its own summary and default severity', () => {
    const rules = settings['goalpost.rules']!.properties! as Record<string, { markdownDescription?: string }>;
    // `npm run generate` writes them from the rule catalogue.
    for (const rule of RULE_INFO) expect(rules[rule.id]?.markdownDescription, `${rule.id} (run npm run generate)`).toBe(`${rule.summary} Its own severity is \`${rule.severity}\`.`);
  });

  it('declares the semantic token types the server sends', () => {
    expect(contributes.semanticTokenTypes.map((t: { id: string }) => t.id)).toEqual([...SEMANTIC_TOKENS_LEGEND.tokenTypes]);
  });

  it('names only files that exist and that the package includes', () => {
    const named = [
      manifest.main,
      manifest.icon,
      ...contributes.languages.flatMap((l: { configuration: string; icon: { light: string; dark: string } }) => [l.configuration, l.icon.light, l.icon.dark]),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.walkthroughs.flatMap((w: { steps: { media: { markdown: string } }[] }) => w.steps.map((s) => s.media.markdown)),
    ].map((file: string) => file.replace(/^\.\//, ''));
    const included = (file: string) =>
      manifest.files.some((pattern: string) => {
        const glob = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}(/|$)`);
        return glob.test(file);
      });
    for (const file of named) {
      expect(existsSync(path.join(root, file)), `${file} exists`).toBe(true);
      expect(included(file), `${file} is in package.json "files"`).toBe(true);
    }
  });
});
