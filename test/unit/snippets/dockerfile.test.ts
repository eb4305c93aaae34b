/**
 * Every Dockerfile snippet, expanded with its defaults (first choice, default
 * text, mirrored placeholders), must be a Dockerfile our own diagnostics find
 * nothing wrong with: not an error, not a BuildKit check, not a hint.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { dockerfileDiagnostics } from '../../../server/src/service/dockerfile/diagnostics';
import { contextWith, dockerfileUri } from '../dockerfile/diagnostics.support';

const repoRoot = resolve(__dirname, '../../../..');

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description: string;
}

/** Expands a snippet body the way an editor does when every placeholder is left at its default. */
export function expandSnippet(body: string): string {
  const values = new Map<string, string>();
  let position = 0;
  const parse = (until?: string): string => {
    let out = '';
    while (position < body.length) {
      const ch = body[position];
      if (until && body.startsWith(until, position)) return out;
      if (ch === '\\' && position + 1 < body.length && '$}\\|,'.includes(body[position + 1])) {
        out += body[position + 1];
        position += 2;
      } else if (ch === '$') {
        out += placeholder();
      } else {
        out += ch;
        position++;
      }
    }
    return out;
  };
  const placeholder = (): string => {
    const simple = /^\$(\d+)/.exec(body.slice(position));
    if (simple) {
      position += simple[0].length;
      return values.get(simple[1]) ?? '';
    }
    const braced = /^\$\{(\d+)([:|}])/.exec(body.slice(position));
    assert.ok(braced, `unsupported snippet syntax at ${body.slice(position, position + 20)}`);
    position += braced[0].length;
    const index = braced[1];
    let value = values.get(index) ?? '';
    if (braced[2] === ':') {
      value = parse('}');
      position++;
    } else if (braced[2] === '|') {
      const choices = parse('|}');
      position += 2;
      value = choices.split(',')[0];
    }
    if (!values.has(index) || braced[2] !== '}') values.set(index, value);
    return value;
  };
  return parse();
}

const snippets = JSON.parse(readFileSync(join(repoRoot, 'snippets/dockerfile.json'), 'utf8')) as Record<string, Snippet>;
/** Fragments (no FROM of their own) are placed in a minimal, otherwise clean Dockerfile. */
const wrap = (fragment: string) => `FROM debian:bookworm-slim\n${fragment}\nUSER 1000\nCMD ["bash"]\n`;
const ctx = contextWith({ 'file:///project/.dockerignore': '.git\nnode_modules\n' });

describe('Dockerfile snippets', () => {
  test('the expander resolves defaults, choices, mirrors and escapes', () => {
    assert.equal(expandSnippet('A ${1:x} ${2|p,q|} $1 \\$HOME ${3:n${4:m}}$0'), 'A x p x $HOME nm');
  });

  test('the notes\' Maven multi-stage example, Node, Go and Python, apt-get, non-root USER and HEALTHCHECK are all there', () => {
    const prefixes = Object.values(snippets).flatMap((snippet) => snippet.prefix);
    for (const prefix of ['multistage-maven', 'multistage-node', 'multistage-go', 'multistage-python', 'apt-get', 'user-nonroot', 'healthcheck']) {
      assert.ok(prefixes.includes(prefix), prefix);
    }
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    test(`"${name}" expands to a Dockerfile with no diagnostics`, () => {
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      const expanded = expandSnippet(body);
      const text = /^(#.*\n)*FROM /m.test(expanded) && /^FROM /m.test(expanded) ? expanded : wrap(expanded);
      assert.ok(snippet.description.length > 20, 'a description that says what it is for');
      for (const eol of ['\n', '\r\n']) {
        const diagnostics = dockerfileDiagnostics(parseDockerfile(text.replace(/\n/g, eol), dockerfileUri, 1), ctx);
        assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1}: [${String(d.code)}] ${typeof d.message === 'string' ? d.message : d.message.value}`), [], text);
      }
    });
  }
});
