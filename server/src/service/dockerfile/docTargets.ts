/** What the cursor is on, as far as documentation goes: shared by hover and "Dockside: Explain". */
import type { Position, Range } from 'vscode-languageserver';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { instructionAt, rangeContains } from '../../dockerfile/positions';
import { mountOptions, stageNamed } from './declarations';
import type { EntryRef } from './docs';

/** What the cursor is on, as far as documentation goes. */
export type DocTarget =
  | { readonly kind: 'entry'; readonly ref: EntryRef; readonly range: Range }
  | { readonly kind: 'image'; readonly reference: string; readonly range: Range; readonly from: Instruction };

/** The knowledge-base entry (or image) at a position: shared by hover and "Dockside: Explain". */
export function docTargetAt(ast: DockerfileAst, position: Position): DocTarget | undefined {
  const directive = ast.directives.find((d) => rangeContains(d.range, position));
  if (directive) return { kind: 'entry', ref: { kind: 'directive', name: directive.name }, range: directive.nameRange };
  const outer = instructionAt(ast, position);
  if (!outer) return undefined;
  if (rangeContains(outer.keywordRange, position)) return { kind: 'entry', ref: { kind: 'instruction', name: outer.name }, range: outer.keywordRange };
  const instruction = outer.trigger ?? outer;
  if (instruction !== outer && rangeContains(instruction.keywordRange, position)) {
    return { kind: 'entry', ref: { kind: 'instruction', name: instruction.name }, range: instruction.keywordRange };
  }
  for (const flag of instruction.flags) {
    if (rangeContains(flag.nameRange, position)) return { kind: 'entry', ref: { kind: 'flag', instruction: instruction.name, flag: flag.name }, range: flag.nameRange };
    if (!flag.valueRange || !rangeContains(flag.valueRange, position)) continue;
    if (flag.name === 'mount') {
      const option = mountOptions(ast, flag).find((o) => rangeContains(o.keyRange, position) || (o.valueRange && rangeContains(o.valueRange, position)));
      if (option?.key === 'type' && option.value) {
        return { kind: 'entry', ref: { kind: 'flag', instruction: instruction.name, flag: 'mount', value: option.value }, range: option.valueRange ?? option.keyRange };
      }
    }
    if (flag.name === 'network' || flag.name === 'security') {
      return { kind: 'entry', ref: { kind: 'flag', instruction: instruction.name, flag: flag.name, value: flag.value }, range: flag.valueRange };
    }
    return { kind: 'entry', ref: { kind: 'flag', instruction: instruction.name, flag: flag.name }, range: flag.range };
  }
  if (instruction.name === 'FROM') {
    const [image, as] = instruction.args;
    if (as && as.value.toLowerCase() === 'as' && rangeContains(as.range, position)) {
      return { kind: 'entry', ref: { kind: 'concept', id: 'concept.multi-stage' }, range: as.range };
    }
    if (image && rangeContains(image.range, position) && !stageNamed(ast, image.value) && !image.value.includes('$')) {
      return { kind: 'image', reference: image.value, range: image.range, from: instruction };
    }
  }
  return undefined;
}
