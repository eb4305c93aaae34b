/**
 * BuildKit's `# check=` configuration, read as its linter reads it: the directive at the top of
 * the file, and a `# check=` comment directly above an instruction, which applies to what is
 * reported on that instruction. `skip=` turns checks off (`all`: every non-experimental one),
 * `experimental=` turns experimental checks on, `error=true` makes checks fail the build.
 */
import type { DockerfileAst } from '../../../dockerfile/ast';
import { directivePattern } from '../../../dockerfile/parser';
import type { DockerfileRule } from './rule';

export interface CheckConfig {
  readonly skipAll: boolean;
  readonly skip: ReadonlySet<string>;
  readonly experimentalAll: boolean;
  readonly experimental: ReadonlySet<string>;
  readonly error: boolean;
}

export const noCheckConfig: CheckConfig = { skipAll: false, skip: new Set(), experimentalAll: false, experimental: new Set(), error: false };

/** A check option BuildKit rejects, and why. */
export interface InvalidCheckOption {
  readonly option: string;
}

/** `ParseLintOptions`: `skip=a,b;experimental=c;error=true`; keys as written, values trimmed. */
export function parseCheckOptions(value: string): CheckConfig | InvalidCheckOption {
  const text = value.trim();
  if (text === '') return noCheckConfig;
  // strings.SplitN(text, ";", 3): a third part keeps any further `;`.
  const parts = text.split(';');
  const limited = parts.length > 3 ? [parts[0], parts[1], parts.slice(2).join(';')] : parts;
  let skipAll = false;
  let experimentalAll = false;
  let error = false;
  let skip = new Set<string>();
  let experimental = new Set<string>();
  for (const part of limited) {
    const equals = part.indexOf('=');
    if (equals < 0) return { option: part };
    const key = part.slice(0, equals).trim();
    const list = part.slice(equals + 1).trim();
    const names = () => new Set(list.split(',').map((name) => name.trim()));
    if (key === 'skip') {
      if (list === 'all') skipAll = true;
      else skip = names();
    } else if (key === 'experimental') {
      if (list === 'all') experimentalAll = true;
      else experimental = names();
    } else if (key === 'error') {
      const flag = goBool(list);
      if (flag === undefined) return { option: part };
      error = flag;
    } else return { option: key };
  }
  return { skipAll, skip, experimentalAll, experimental, error };
}

/** Go's strconv.ParseBool. */
function goBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** The file's `# check=` directive (the first one), or no configuration when it is absent or invalid. */
export function fileCheckConfig(ast: DockerfileAst): CheckConfig {
  const directive = ast.directives.find((d) => d.name === 'check');
  const parsed = directive ? parseCheckOptions(directive.value) : noCheckConfig;
  return 'option' in parsed ? noCheckConfig : parsed;
}

/**
 * The `# check=` comment that applies to each instruction: the first among the comment lines
 * directly above it (a blank line or an empty `#` line ends them), read up to its first space.
 * Keyed by the instruction's first line; empty for the files that have none (nearly all).
 */
export function commentCheckConfigs(ast: DockerfileAst): ReadonlyMap<number, CheckConfig> {
  const configs = new Map<number, CheckConfig>();
  if (!ast.comments.some((comment) => /^#\s*check\s*=/i.test(comment.text))) return configs;
  const commentOn = new Map(ast.comments.map((comment) => [comment.range.start.line, comment.text]));
  const lines = ast.lineStarts.length;
  for (const comment of ast.comments) {
    const match = directivePattern.exec(comment.text);
    if (!match || match[1].toLowerCase() !== 'check') continue;
    // Down through the comment lines that follow, to the line that is not a comment.
    let line = comment.range.start.line;
    let earlierCheck = false;
    for (let above = line - 1; commentOn.has(above) && commentOn.get(above)!.slice(1).trim() !== ''; above--) {
      if (directivePattern.exec(commentOn.get(above)!)?.[1].toLowerCase() === 'check') earlierCheck = true;
    }
    if (earlierCheck) continue;
    let ended = false;
    for (line++; line < lines && commentOn.has(line); line++) if (commentOn.get(line)!.slice(1).trim() === '') ended = true;
    if (ended || line >= lines) continue;
    const parsed = parseCheckOptions(match[2].split(' ')[0]);
    if (!('option' in parsed)) configs.set(line, parsed);
  }
  return configs;
}

/** Whether a rule reports under the file's configuration and the comment above the instruction, if any. */
export function isReported(rule: DockerfileRule, file: CheckConfig, comment: CheckConfig | undefined): boolean {
  if (rule.experimental) return file.experimentalAll || file.experimental.has(rule.id) || (!!comment && (comment.experimentalAll || comment.experimental.has(rule.id)));
  const skippedBy = (config: CheckConfig) => config.skip.has(rule.id) || (config.skipAll && rule.kind !== 'syntax');
  // What docker build rejects cannot be skipped; our own warnings only by name.
  if (rule.kind === 'syntax' && rule.defaultSeverity === 'error') return true;
  return !skippedBy(file) && !(comment && skippedBy(comment));
}

