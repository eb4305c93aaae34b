/**
 * The `dockside.<family>.rules` setting, generated from a registry: one property per rule with
 * the severities as its enum and the rule's title and description (through the manifest's nls
 * files) as its description, so settings.json completes and validates rule names.
 */
import { inline, say } from '../localized';
import type { RuleRegistry } from './registry';
import { compareIds } from './registry';
import type { RuleMeta } from './rule';

const severities = '["off", "hint", "information", "warning", "error"]';

export function settingKey(registry: RuleRegistry): string {
  return `dockside.${registry.family}.rules`;
}

/** The nls key of one rule's description in the settings. */
export function ruleNlsKey(registry: RuleRegistry, rule: RuleMeta): string {
  return `config.${registry.family}.rules.${rule.id}`;
}

/**
 * The setting's value as the manifest writes it: one line per rule, sorted by id, with `indent`
 * the indentation of the line holding the setting's key.
 */
export function rulesSettingValue(registry: RuleRegistry, indent: string): string {
  const inner = `${indent}  `;
  const properties = [...registry.rules]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((rule) => `${inner}  ${JSON.stringify(rule.id)}: { "type": "string", "enum": ${severities}, "markdownDescription": "%${ruleNlsKey(registry, rule)}%" }`);
  return [
    '{',
    `${inner}"type": "object",`,
    `${inner}"default": {},`,
    `${inner}"properties": {`,
    properties.join(',\n'),
    `${inner}},`,
    `${inner}"additionalProperties": { "type": "string", "enum": ${severities} },`,
    `${inner}"markdownDescription": "%config.${registry.family}.rules%"`,
    `${indent}}`,
  ].join('\n');
}

/** One rule's description in the settings, in one language. */
export function ruleSettingDescription(rule: RuleMeta, language: 'en' | 'ko'): string {
  const byDefault = language === 'en' ? `Default: \`${rule.defaultSeverity}\`.` : `기본값: \`${rule.defaultSeverity}\`.`;
  const optIn = rule.experimental ? (language === 'en' ? ' Experimental: reported only when `# check=experimental=…` names it.' : ' 실험 단계: `# check=experimental=…`에 이름이 있을 때만 보고합니다.') : '';
  return `**${inline(language, rule.title)}**: ${say(language, rule.description)} ${byDefault}${optIn}`;
}
