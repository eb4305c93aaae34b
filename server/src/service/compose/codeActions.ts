/**
 * Compose quick fixes for the diagnostics (typo → the key meant, `$` → `$$`,
 * remove `version:`, declare a missing network/volume, drop `links` in favour
 * of the shared network, read a plain-text secret from the environment) and
 * a refactoring between list-form and mapping-form `environment`.
 */
import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic, Range, TextEdit } from '../../lsp';
import type { ComposeDocument } from '../../compose/model';
import { inline } from '../localized';
import type { ServiceContext } from '../mode';
import { declareEdit, nestUnderEdit, prefixCommandEdit, quoteLike, removePairEdit, Translate } from './edits';
import { environmentRewrite } from './environmentRewrite';
import { replaceLinks } from './linksFix';
import type { ComposeDiagnosticData } from './report';
import { bestPracticeRules, referenceRules, schemaRules, serviceRules, syntaxRules } from './rules';
import { interpolateSecretEdit, moveToSecretAction } from './secretFixes';

export function composeCodeActions(compose: ComposeDocument, range: Range, context: CodeActionContext, ctx: ServiceContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== 'dockside') continue;
    actions.push(...composeRuleFixes(compose, diagnostic, ctx));
  }
  if (!context.only || context.only.some((kind) => kind.startsWith(CodeActionKind.Refactor))) {
    const rewrite = environmentRewrite(compose, range, translator(ctx));
    if (rewrite) actions.push(rewrite);
  }
  return actions;
}

/** The quick fixes of the rule a diagnostic is from (none for a rule without a fix). */
export function composeRuleFixes(compose: ComposeDocument, diagnostic: Diagnostic, ctx: ServiceContext): CodeAction[] {
  const fixer = typeof diagnostic.code === 'string' ? fixers[diagnostic.code] : undefined;
  if (!fixer) return [];
  const uri = compose.document.uri;
  const fix = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: edits } },
  });
  return fixer({ compose, diagnostic, data: (diagnostic.data ?? {}) as ComposeDiagnosticData, ctx, t: translator(ctx), fix });
}

/** Whether the rule with this id offers a quick fix. */
export function composeRuleHasFix(id: string): boolean {
  return id in fixers;
}

/** A title is one line: `both` reads `한국어 / English`, as the Dockerfile quick fixes do. */
function translator(ctx: ServiceContext): Translate {
  return (en, ko) => inline(ctx.docsLanguage, { en, ko });
}

interface FixRequest {
  readonly compose: ComposeDocument;
  readonly diagnostic: Diagnostic;
  readonly data: ComposeDiagnosticData;
  readonly ctx: ServiceContext;
  readonly t: Translate;
  readonly fix: (title: string, edits: TextEdit[], preferred?: boolean) => CodeAction;
}

type Fixer = (request: FixRequest) => CodeAction[];

/** What the diagnostic's data suggests: the name meant, "CMD" in front, nesting under `services:`, a declaration. */
const suggested: Fixer = ({ compose, diagnostic, data, t, fix }) => {
  const actions: CodeAction[] = [];
  if (data.prefixCommand) actions.push(fix(t('Run it as "CMD" (without a shell)', '"CMD"로 실행(셸 없이)'), [prefixCommandEdit(compose, diagnostic.range)], true));
  if (data.replacement) actions.push(fix(t(`Change to "${data.replacement}"`, `"${data.replacement}"(으)로 바꾸기`), [{ range: diagnostic.range, newText: quoteLike(compose, diagnostic.range, data.replacement) }], true));
  if (data.nestUnder) {
    const edit = nestUnderEdit(compose, diagnostic.range, data.nestUnder);
    if (edit) actions.push(fix(t(`Move it under "${data.nestUnder}:"`, `"${data.nestUnder}:" 아래로 옮기기`), [edit], true));
  }
  if (data.declare) {
    const edit = declareEdit(compose, data.declare.section, data.declare.name);
    actions.push(fix(t(`Declare "${data.declare.name}" under top-level "${data.declare.section}:"`, `최상위 "${data.declare.section}:"에 "${data.declare.name}" 선언하기`), [edit], !data.replacement));
  }
  return actions;
};

const withoutSpaces: Fixer = ({ compose, diagnostic, data, t, fix }) =>
  data.replacement ? [fix(t(`Remove the spaces: ${data.replacement}`, `공백 지우기: ${data.replacement}`), [{ range: diagnostic.range, newText: quoteLike(compose, diagnostic.range, data.replacement) }], true)] : [];

/** Each rule's quick fixes, by rule id: the one place that says which rules have a fix. */
const fixers: Readonly<Record<string, Fixer>> = {
  [schemaRules.unknownKey.id]: suggested,
  [schemaRules.invalidValue.id]: suggested,
  [referenceRules.unknownService.id]: suggested,
  [referenceRules.undeclaredNetwork.id]: suggested,
  [referenceRules.undeclaredVolume.id]: suggested,
  [referenceRules.undeclaredSecret.id]: suggested,
  [referenceRules.undeclaredConfig.id]: suggested,
  [referenceRules.undeclaredModel.id]: suggested,
  [serviceRules.invalidHealthcheckTest.id]: suggested,
  [syntaxRules.invalidInterpolation.id]: ({ diagnostic, data, t, fix }) =>
    data.replacement === '$$' ? [fix(t('Escape as "$$" (a literal dollar sign)', '"$$"로 이스케이프(문자 그대로의 달러 기호)'), [{ range: diagnostic.range, newText: '$$' }], true)] : [],
  [schemaRules.wrongType.id]: ({ compose, diagnostic, data, t, fix }) => {
    if (!data.wrapInList) return [];
    const text = compose.text.slice(compose.document.offsetAt(diagnostic.range.start), compose.document.offsetAt(diagnostic.range.end));
    return [fix(t(`Make it a list: [${text}]`, `목록으로 만들기: [${text}]`), [{ range: diagnostic.range, newText: `[${text}]` }], true)];
  },
  [bestPracticeRules.unusedDeclaration.id]: ({ compose, diagnostic, t, fix }) => {
    const edit = removePairEdit(compose, diagnostic.range);
    return edit ? [fix(t('Remove the unused declaration', '쓰지 않는 선언 지우기'), [edit])] : [];
  },
  [schemaRules.obsoleteVersion.id]: ({ compose, diagnostic, t, fix }) => {
    const edit = removePairEdit(compose, diagnostic.range);
    return edit ? [fix(t('Remove the obsolete "version"', '쓰지 않는 "version" 지우기'), [edit], true)] : [];
  },
  [bestPracticeRules.envSpaceAroundEquals.id]: withoutSpaces,
  [serviceRules.envNameSpace.id]: withoutSpaces,
  [bestPracticeRules.plainTextSecret.id]: ({ compose, diagnostic, ctx, t, fix }) => {
    const actions: CodeAction[] = [];
    const move = moveToSecretAction(compose, diagnostic, ctx, t);
    if (move) actions.push(move);
    const edit = interpolateSecretEdit(compose, diagnostic.range);
    if (edit) actions.push(fix(t(`Read it from the environment or .env: ${edit.newText}`, `환경 변수나 .env에서 읽기: ${edit.newText}`), [edit]));
    return actions;
  },
  [bestPracticeRules.legacyLinks.id]: ({ compose, diagnostic, t, fix }) => {
    const replacement = replaceLinks(compose, diagnostic.range);
    if (!replacement) return [];
    const { joined, network, dependsOn } = replacement;
    const names = joined.map((name) => `"${name}"`).join(', ');
    const title = joined.length
      ? dependsOn
        ? t(`Put ${names} on network "${network}" and replace "links" with "depends_on"`, `${names}을(를) "${network}" 네트워크에 넣고 "links"를 "depends_on"으로 바꾸기`)
        : t(`Put ${names} on network "${network}" and remove "links" ("depends_on" already orders them)`, `${names}을(를) "${network}" 네트워크에 넣고 "links" 지우기("depends_on"이 순서를 정함)`)
      : dependsOn
        ? t('Replace "links" with "depends_on": the shared network already resolves service names', '"links"를 "depends_on"으로 바꾸기: 같은 네트워크에서 서비스 이름이 이미 통함')
        : t('Remove "links": the services share a network and "depends_on" already orders them', '"links" 지우기: 같은 네트워크에 있고 "depends_on"이 순서를 정함');
    return [fix(title, replacement.edits, true)];
  },
};
