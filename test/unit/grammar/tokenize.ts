/**
 * Tokenises text with our TextMate grammars the way VS Code does (vscode-textmate
 * over the oniguruma wasm), so grammar tests assert the scopes an editor shows.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

export const repoRoot = resolve(__dirname, '../../../..');

const grammarFiles: Record<string, string> = {
  'source.dockerfile.dockside': 'syntaxes/dockerfile.tmLanguage.json',
  'source.dockerignore': 'syntaxes/dockerignore.tmLanguage.json',
};

let registry: Registry | undefined;

function getRegistry(): Registry {
  if (registry) return registry;
  const wasm = readFileSync(join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
  registry = new Registry({
    onigLib,
    // Embedded grammars we do not ship (source.shell) resolve to nothing, as in an editor without them.
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      if (!file) return null;
      const path = join(repoRoot, file);
      return parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  return registry;
}

export interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

export async function loadGrammar(scopeName: string): Promise<IGrammar> {
  const grammar = await getRegistry().loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} did not load`);
  return grammar;
}

/** Every token of `text`, line by line (either line ending), with its scope stack. */
export function tokenize(grammar: IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let state = INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

export function readFixture(name: string): string {
  return readFileSync(join(repoRoot, 'test/fixtures/grammar', name), 'utf8');
}
