/**
 * What `npm run rules` writes, as a pure function of the files it rewrites: the manifest's
 * `dockside.<family>.rules` settings, their descriptions in both nls files, and the rule table.
 * A unit test compares each with the file on disk, so a rule added without regenerating fails.
 */
import { compareIds, type RuleRegistry } from './registry';
import { ruleTable } from './ruleTable';
import { ruleNlsKey, rulesSettingValue, ruleSettingDescription, settingKey } from './settingsSchema';

export interface GeneratedFile {
  /** Relative to the repository root. */
  readonly path: string;
  readonly content: string;
}

export function generatedFiles(registries: readonly RuleRegistry[], read: (path: string) => string): GeneratedFile[] {
  let manifest = read('package.json');
  for (const registry of registries) manifest = replacePropertyValue(manifest, settingKey(registry), (indent) => rulesSettingValue(registry, indent));
  return [
    { path: 'package.json', content: manifest },
    { path: 'package.nls.json', content: withRuleDescriptions(read('package.nls.json'), registries, 'en') },
    { path: 'package.nls.ko.json', content: withRuleDescriptions(read('package.nls.ko.json'), registries, 'ko') },
    { path: 'docs/rules.md', content: ruleTable(registries, 'en') },
    { path: 'docs/rules.ko.md', content: ruleTable(registries, 'ko') },
  ];
}

/**
 * The nls file with each family's rule descriptions right after the family's setting description,
 * replacing the previous ones; every other entry stays where it is.
 */
function withRuleDescriptions(text: string, registries: readonly RuleRegistry[], language: 'en' | 'ko'): string {
  const entries = JSON.parse(text) as Record<string, string>;
  const managed = registries.map((registry) => `config.${registry.family}.rules.`);
  const result: Record<string, string> = {};
  const add = (registry: RuleRegistry) => {
    for (const rule of [...registry.rules].sort((a, b) => compareIds(a.id, b.id))) {
      result[ruleNlsKey(registry, rule)] = ruleSettingDescription(rule, language);
    }
  };
  for (const [key, value] of Object.entries(entries)) {
    if (managed.some((prefix) => key.startsWith(prefix))) continue;
    result[key] = value;
    const registry = registries.find((r) => key === `config.${r.family}.rules`);
    if (registry) add(registry);
  }
  for (const registry of registries) if (!(`config.${registry.family}.rules` in entries)) add(registry);
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * `text` (JSON) with the value of the property `key` replaced by `render(indent)`, where indent is
 * the indentation of the key's line; the rest of the text, formatting included, is left alone.
 */
export function replacePropertyValue(text: string, key: string, render: (indent: string) => string): string {
  const keyAt = text.indexOf(`${JSON.stringify(key)}:`);
  if (keyAt < 0) throw new Error(`${key} is not in the manifest: add it (any value) where the setting belongs`);
  const lineStart = text.lastIndexOf('\n', keyAt) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  let start = keyAt + JSON.stringify(key).length + 1;
  while (/\s/.test(text[start])) start++;
  const end = endOfValue(text, start);
  return text.slice(0, start) + render(indent) + text.slice(end);
}

/** Where the JSON value starting at `start` ends (an object or array, matched past strings). */
function endOfValue(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  throw new Error(`unbalanced JSON value at offset ${start}`);
}
