/**
 * Compose quick fixes for the diagnostics (typo → the key meant, `$` → `$$`,
 * remove `version:`, declare a missing network/volume, drop `links` in favour
 * of the shared network, read a plain-text secret from the environment) and
 * a refactoring between list-form and mapping-form `environment`.
 */
import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import type { ComposeDocument } from '../../compose/model';
import { inline } from '../dockerfile/docs';
import type { ServiceContext } from '../mode';
import { declareEdit, nestUnderEdit, prefixCommandEdit, quoteLike, removePairEdit, Translate } from './edits';
import { environmentRewrite } from './environmentRewrite';
import { replaceLinks } from './linksFix';
import type { ComposeDiagnosticData } from './report';
import { bestPracticeRules, referenceRules, schemaRules, serviceRules, syntaxRules } from './rules';
import { interpolateSecretEdit, moveToSecretAction } from './secretFixes';

export function composeCodeActions(compose: ComposeDocument, range: Range, context: CodeActionContext, ctx: ServiceContext): CodeAction[] {
  // A title is one line: `both` reads `한국어 / English`, as the Dockerfile quick fixes do.
  const t = (en: string, ko: string) => inline(ctx.docsLanguage, { en, ko });
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== 'dockside') continue;
    actions.push(...fixesFor(compose, diagnostic, ctx, t));
  }
  if (!context.only || context.only.some((kind) => kind.startsWith(CodeActionKind.Refactor))) {
    const rewrite = environmentRewrite(compose, range, t);
    if (rewrite) actions.push(rewrite);
  }
  return actions;
}

function fixesFor(compose: ComposeDocument, diagnostic: Diagnostic, ctx: ServiceContext, t: Translate): CodeAction[] {
  const data = (diagnostic.data ?? {}) as ComposeDiagnosticData;
  const uri = compose.document.uri;
  const fix = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: edits } },
  });
  const actions: CodeAction[] = [];
  switch (diagnostic.code) {
    case schemaRules.unknownKey.id:
    case schemaRules.invalidValue.id:
    case referenceRules.unknownService.id:
    case referenceRules.undeclaredNetwork.id:
    case referenceRules.undeclaredVolume.id:
    case referenceRules.undeclaredSecret.id:
    case referenceRules.undeclaredConfig.id:
    case referenceRules.undeclaredModel.id:
    case serviceRules.invalidHealthcheckTest.id:
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
      break;
    case syntaxRules.invalidInterpolation.id:
      if (data.replacement === '$$') actions.push(fix(t('Escape as "$$" (a literal dollar sign)', '"$$"로 이스케이프(문자 그대로의 달러 기호)'), [{ range: diagnostic.range, newText: '$$' }], true));
      break;
    case schemaRules.wrongType.id:
      if (data.wrapInList) {
        const text = compose.text.slice(compose.document.offsetAt(diagnostic.range.start), compose.document.offsetAt(diagnostic.range.end));
        actions.push(fix(t(`Make it a list: [${text}]`, `목록으로 만들기: [${text}]`), [{ range: diagnostic.range, newText: `[${text}]` }], true));
      }
      break;
    case bestPracticeRules.unusedDeclaration.id: {
      const edit = removePairEdit(compose, diagnostic.range);
      if (edit) actions.push(fix(t('Remove the unused declaration', '쓰지 않는 선언 지우기'), [edit]));
      break;
    }
    case schemaRules.obsoleteVersion.id: {
      const edit = removePairEdit(compose, diagnostic.range);
      if (edit) actions.push(fix(t('Remove the obsolete "version"', '쓰지 않는 "version" 지우기'), [edit], true));
      break;
    }
    case bestPracticeRules.envSpaceAroundEquals.id:
    case serviceRules.envNameSpace.id:
      if (data.replacement) actions.push(fix(t(`Remove the spaces: ${data.replacement}`, `공백 지우기: ${data.replacement}`), [{ range: diagnostic.range, newText: quoteLike(compose, diagnostic.range, data.replacement) }], true));
      break;
    case bestPracticeRules.plainTextSecret.id: {
      const move = moveToSecretAction(compose, diagnostic, ctx, t);
      if (move) actions.push(move);
      const edit = interpolateSecretEdit(compose, diagnostic.range);
      if (edit) actions.push(fix(t(`Read it from the environment or .env: ${edit.newText}`, `환경 변수나 .env에서 읽기: ${edit.newText}`), [edit]));
      break;
    }
    case bestPracticeRules.legacyLinks.id: {
      const replacement = replaceLinks(compose, diagnostic.range);
      if (!replacement) break;
      const { joined, network, dependsOn } = replacement;
      const names = joined.map((name) => `"${name}"`).join(', ');
      const title = joined.length
        ? dependsOn
          ? t(`Put ${names} on network "${network}" and replace "links" with "depends_on"`, `${names}을(를) "${network}" 네트워크에 넣고 "links"를 "depends_on"으로 바꾸기`)
          : t(`Put ${names} on network "${network}" and remove "links" ("depends_on" already orders them)`, `${names}을(를) "${network}" 네트워크에 넣고 "links" 지우기("depends_on"이 순서를 정함)`)
        : dependsOn
          ? t('Replace "links" with "depends_on": the shared network already resolves service names', '"links"를 "depends_on"으로 바꾸기: 같은 네트워크에서 서비스 이름이 이미 통함')
          : t('Remove "links": the services share a network and "depends_on" already orders them', '"links" 지우기: 같은 네트워크에 있고 "depends_on"이 순서를 정함');
      actions.push(fix(title, replacement.edits, true));
      break;
    }
  }
  return actions;
}
