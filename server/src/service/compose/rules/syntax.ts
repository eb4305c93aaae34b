/**
 * What stops compose-go before it reads a single key: YAML it cannot
 * parse, an empty file, aliases it cannot copy (unknown, inside their own
 * anchor, or a bomb), a merge of something that is not a mapping, keys
 * that are not strings, and interpolation it cannot read.
 */
import { isMap, Node } from 'yaml';
import { offsetRange } from '../../../compose/model';
import { AliasProblem, maxAliasNodes } from '../../../compose/aliases';
import type { Localized } from '../../localized';
import type { Collector } from '../report';
import { ComposeRuleMeta, docsPage, ruleMaker } from './rule';
import { schemaRules } from './schema';

const rule = ruleMaker('syntax');

const yamlDocs = docsPage('fragments');

/** Nine aliases of nine aliases, seven levels deep: copies would make some five million nodes. */
const aliasBomb = [...'abcdefg'].map((name, level) => `x-${name}: &${name} [${Array(9).fill(level === 0 ? 'x' : `*${'abcdefg'[level - 1]}`).join(', ')}]`).join('\n');

export const syntaxRules = {
  yamlSyntax: rule(
    'yaml-syntax',
    { en: 'YAML syntax error', ko: 'YAML 문법 오류' },
    { en: 'The file is not valid YAML, so Compose cannot read it at all.', ko: '파일이 올바른 YAML이 아니라서 Compose가 전혀 읽지 못합니다.' },
    'services:\n  web:\n    image: "nginx',
  ),
  emptyFile: rule(
    'empty-file',
    { en: 'Empty Compose file', ko: '빈 Compose 파일' },
    { en: 'A file with nothing but comments is refused ("empty compose file"); an override file may be empty.', ko: '주석뿐인 파일은 거부됩니다("empty compose file"). 덮어쓰기 파일은 비어 있어도 됩니다.' },
    '# nothing yet',
  ),
  unresolvedAlias: rule(
    'unresolved-alias',
    { en: 'Unknown alias', ko: '알 수 없는 별칭' },
    { en: 'An alias (`*name`) must name an anchor (`&name`) written before it.', ko: '별칭(`*이름`)은 그보다 앞에 쓴 앵커(`&이름`)를 가리켜야 합니다.' },
    'services:\n  web: *defaults',
    { docs: yamlDocs },
  ),
  aliasCycle: rule(
    'alias-cycle',
    { en: 'Alias inside its own anchor', ko: '자기 앵커 안의 별칭' },
    { en: 'An anchor that contains an alias of itself never ends; Compose refuses it ("cycle detected in alias chain").', ko: '자기 자신의 별칭을 담은 앵커는 끝이 없어서 Compose가 거부합니다("cycle detected in alias chain").' },
    'x-loop: &loop\n  again: *loop',
    { docs: yamlDocs },
  ),
  excessiveAliasing: rule(
    'excessive-aliasing',
    { en: 'Excessive aliasing', ko: '과도한 별칭' },
    { en: `Copies of aliases would make more than ${maxAliasNodes.toLocaleString('en')} nodes (an alias bomb); Compose stops ("excessive aliasing").`, ko: `별칭 복사로 노드가 ${maxAliasNodes.toLocaleString('en')}개를 넘게 됩니다(별칭 폭탄). Compose가 멈춥니다("excessive aliasing").` },
    aliasBomb,
    { docs: yamlDocs },
  ),
  invalidMerge: rule(
    'invalid-merge',
    { en: 'Merge of a non-mapping', ko: '매핑이 아닌 것의 병합' },
    { en: '`<<:` merges a mapping, or a list of mappings, into the mapping it is written in.', ko: '`<<:`는 매핑이나 매핑 목록을 자신이 쓰인 매핑에 합칩니다.' },
    'x-tag: &tag latest\nservices:\n  web:\n    <<: *tag\n    image: x',
    { docs: yamlDocs },
  ),
  nonStringKey: rule(
    'non-string-key',
    { en: 'Key that is not a string', ko: '문자열이 아닌 키' },
    { en: 'Keys must be strings: a bare number, boolean or null as a key is refused ("non-string key"). Quote it.', ko: '키는 문자열이어야 합니다: 따옴표 없는 숫자, 불리언, null 키는 거부됩니다("non-string key"). 따옴표로 감싸세요.' },
    'services:\n  web:\n    image: x\n    environment:\n      1: one',
  ),
  invalidInterpolation: rule(
    'invalid-interpolation',
    { en: 'Invalid interpolation', ko: '잘못된 변수 치환' },
    { en: 'A `$` starts a variable: a lone `$`, or `${…}` that is unclosed or malformed, is refused ("invalid interpolation format").', ko: '`$`는 변수를 시작합니다: 홀로 쓴 `$`나 닫히지 않았거나 잘못된 `${…}`는 거부됩니다("invalid interpolation format").' },
    'services:\n  web:\n    image: x\n    command: echo costs $ 5',
    { docs: docsPage('interpolation') },
  ),
} satisfies Record<string, ComposeRuleMeta>;

/** Past the first errors the rest are mostly echoes of them. */
const maxSyntaxErrors = 100;

/** The yaml library's own explanation stays English: it is the parser's wording, not ours. */
function yamlMessage(message: string): Localized {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { en: `YAML syntax error: ${firstLine}`, ko: `YAML 문법 오류: ${firstLine}` };
}

/**
 * Checks what comes before any key is read. Returns whether the file has a
 * mapping to walk, and whether its aliases can be followed safely.
 */
export function checkDocument(collector: Collector): { readonly walkable: boolean } {
  const compose = collector.compose;
  for (const error of compose.yaml.errors.slice(0, maxSyntaxErrors)) {
    if (error.code === 'MULTIPLE_DOCS') continue;
    const [start, end] = error.pos;
    collector.report(syntaxRules.yamlSyntax, offsetRange(compose, start, Math.max(end, start + 1)), yamlMessage(error.message));
  }
  if (compose.layers.length === 0) {
    if (compose.yaml.errors.length === 0 && !collector.overlay) {
      collector.report(syntaxRules.emptyFile, offsetRange(compose, 0, Math.min(compose.text.length, compose.text.search(/\r?\n|$/))), {
        en: 'The file is empty: Compose refuses it ("empty compose file"). Add a "services:" section.',
        ko: '파일이 비어 있어서 Compose가 거부합니다("empty compose file"). "services:" 섹션을 추가하세요.',
      });
    }
    return { walkable: false };
  }
  let mappings = 0;
  for (const layer of compose.layers) {
    if (isMap(layer)) {
      mappings++;
      continue;
    }
    collector.report(schemaRules.wrongType, layer as Node, {
      en: 'A Compose file must be a mapping with a top-level `services:` key ("top-level object must be a mapping").',
      ko: 'Compose 파일은 최상위에 `services:` 키가 있는 매핑이어야 합니다("top-level object must be a mapping").',
    });
  }
  for (const problem of compose.aliases().problems) reportAliasProblem(collector, problem);
  return { walkable: mappings > 0 };
}

function reportAliasProblem(collector: Collector, problem: AliasProblem): void {
  const name = problem.alias.source;
  switch (problem.kind) {
    case 'unresolved':
      return collector.report(syntaxRules.unresolvedAlias, problem.alias, {
        en: `No anchor "&${name}" comes before this alias: write the anchor first, or fix the name.`,
        ko: `이 별칭보다 앞에 앵커 "&${name}"이(가) 없습니다: 앵커를 먼저 쓰거나 이름을 고치세요.`,
      });
    case 'cycle':
      return collector.report(syntaxRules.aliasCycle, problem.alias, {
        en: `"*${name}" is inside the anchor "&${name}" it names: the copy would never end ("cycle detected in alias chain").`,
        ko: `"*${name}"이(가) 자신이 가리키는 앵커 "&${name}" 안에 있어서 복사가 끝나지 않습니다("cycle detected in alias chain").`,
      });
    case 'excessive':
      return collector.report(syntaxRules.excessiveAliasing, problem.alias, {
        en: `Copying the aliases up to here makes ${problem.nodes.toLocaleString('en')} nodes, over Compose's limit of ${maxAliasNodes.toLocaleString('en')} ("excessive aliasing"): this looks like an alias bomb.`,
        ko: `여기까지 별칭을 복사하면 노드가 ${problem.nodes.toLocaleString('en')}개로 Compose의 한도 ${maxAliasNodes.toLocaleString('en')}개를 넘습니다("excessive aliasing"): 별칭 폭탄으로 보입니다.`,
      });
  }
}
