/** Document symbols: the global ARGs, then each stage with its instructions under it. */
import { DocumentSymbol, Range, SymbolKind } from '../../lsp';
import type { DockerfileAst, Instruction, Stage } from '../../dockerfile/ast';
import { inline } from '../localized';
import type { ServiceContext } from '../mode';

const maxDetail = 60;

function detailOf(instruction: Instruction): string {
  const flags = instruction.flags.map((flag) => `--${flag.name}${flag.value === undefined ? '' : `=${flag.value}`}`);
  const text = [...flags, instruction.argsText].join(' ').replace(/\s+/g, ' ').trim();
  return text.length > maxDetail ? `${text.slice(0, maxDetail - 1)}…` : text;
}

function kindOf(instruction: Instruction): SymbolKind {
  switch (instruction.name) {
    case 'ARG':
    case 'ENV':
      return SymbolKind.Variable;
    case 'LABEL':
      return SymbolKind.Property;
    case 'EXPOSE':
      return SymbolKind.Number;
    default:
      return SymbolKind.Function;
  }
}

function instructionSymbol(instruction: Instruction): DocumentSymbol {
  return {
    name: instruction.keyword.toUpperCase(),
    detail: detailOf(instruction),
    kind: kindOf(instruction),
    range: instruction.range,
    selectionRange: instruction.keywordRange,
  };
}

function stageSymbol(stage: Stage, ctx: ServiceContext): DocumentSymbol {
  const image = stage.imageName ?? '';
  const range: Range = stage.range;
  return {
    name: stage.name ?? inline(ctx.docsLanguage, { en: `stage ${stage.index}`, ko: `스테이지 ${stage.index}` }),
    detail: image,
    kind: SymbolKind.Class,
    range,
    selectionRange: stage.nameRange ?? stage.from.keywordRange,
    children: stage.instructions.filter((instruction) => instruction !== stage.from).map(instructionSymbol),
  };
}

export function documentSymbols(ast: DockerfileAst, ctx: ServiceContext): DocumentSymbol[] {
  return [...ast.globalArgs.map(instructionSymbol), ...ast.stages.map((stage) => stageSymbol(stage, ctx))];
}
