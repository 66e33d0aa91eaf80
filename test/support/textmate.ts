/** The TextMate grammar, read by the same vscode-textmate and vscode-oniguruma that vscode-tmgrammar-test uses. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** Tokenises lines with the grammar, through the same vscode-textmate the test tool uses. */
export async function loadTokenizer(): Promise<(lines: readonly string[]) => { startIndex: number; scopes: string[] }[][]> {
  const toolRequire = createRequire(require.resolve('vscode-tmgrammar-test/package.json'));
  const textmate = toolRequire('vscode-textmate') as typeof import('vscode-textmate');
  const oniguruma = toolRequire('vscode-oniguruma') as typeof import('vscode-oniguruma');
  const wasm = readFileSync(toolRequire.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammarPath = path.join(root, 'syntaxes/goals.tmLanguage.json');
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.goals' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('source.goals');
  if (!grammar) throw new Error('source.goals did not load');
  return (lines) => {
    let state = textmate.INITIAL;
    return lines.map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      return result.tokens.map((t) => ({ startIndex: t.startIndex, scopes: t.scopes }));
    });
  };
}
