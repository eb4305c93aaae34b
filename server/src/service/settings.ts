/** The `dockside.*` settings the language server reads, with their defaults. */

export type DocsLanguage = 'ko' | 'en' | 'both';
export type DocsLanguageSetting = DocsLanguage | 'auto';
export type RuleSeverity = 'off' | 'hint' | 'information' | 'warning' | 'error';

export interface Settings {
  readonly docs: { readonly language: DocsLanguageSetting };
  /** Per-rule severity overrides, keyed by diagnostic code. */
  readonly dockerfile: { readonly rules: Readonly<Record<string, RuleSeverity>> };
  readonly compose: { readonly rules: Readonly<Record<string, RuleSeverity>> };
  /** `docker` command lines in scripts, Makefiles and notes. */
  readonly commandline: { readonly rules: Readonly<Record<string, RuleSeverity>> };
  /** Folders of the user's own Markdown notes. */
  readonly notes: { readonly folders: readonly string[] };
}

export const defaultSettings: Settings = {
  docs: { language: 'auto' },
  dockerfile: { rules: {} },
  compose: { rules: {} },
  commandline: { rules: {} },
  notes: { folders: [] },
};

/** Merges a partial `dockside` configuration object over the defaults, ignoring malformed parts. */
export function normalizeSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  const section = (key: string): Record<string, unknown> => (isRecord(value[key]) ? value[key] : {});
  const language = section('docs').language;
  const folders = section('notes').folders;
  return {
    docs: { language: isDocsLanguageSetting(language) ? language : defaultSettings.docs.language },
    dockerfile: { rules: ruleMap(section('dockerfile').rules) },
    compose: { rules: ruleMap(section('compose').rules) },
    commandline: { rules: ruleMap(section('commandline').rules) },
    notes: { folders: Array.isArray(folders) ? folders.filter((f): f is string => typeof f === 'string') : [] },
  };
}

/**
 * `auto` follows the editor's display language: Korean for `ko*`, English otherwise.
 */
export function resolveDocsLanguage(setting: DocsLanguageSetting, displayLanguage: string | undefined): DocsLanguage {
  if (setting !== 'auto') return setting;
  return displayLanguage?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

const severities: readonly RuleSeverity[] = ['off', 'hint', 'information', 'warning', 'error'];

function ruleMap(raw: unknown): Record<string, RuleSeverity> {
  const rules: Record<string, RuleSeverity> = {};
  if (!isRecord(raw)) return rules;
  for (const [code, severity] of Object.entries(raw)) {
    if (severities.includes(severity as RuleSeverity)) rules[code] = severity as RuleSeverity;
  }
  return rules;
}

function isDocsLanguageSetting(value: unknown): value is DocsLanguageSetting {
  return value === 'auto' || value === 'ko' || value === 'en' || value === 'both';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
