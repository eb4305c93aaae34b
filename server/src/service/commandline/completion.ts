/**
 * Completion on `docker` command lines: the commands after `docker` (and a
 * group's subcommands after `docker image` …), and a command's flags after `-`,
 * each documented from the knowledge base when it has an entry.
 */
import { CompletionItem, CompletionItemKind, CompletionList, MarkupKind } from '../../lsp';
import { getEntry } from '../../knowledge/index';
import { renderHover } from '../../knowledge/render';
import type { KnowledgeEntry } from '../../knowledge/types';
import type { ServiceContext } from '../mode';
import { commandSpec, globalFlags, groupSubcommands, topLevelCommands } from './commands';
import type { FlagSpec } from './commands';
import { commandEntry } from './lookup';
import type { CommandLineDocument, DockerCommand } from './parse';

export function completion(parsed: CommandLineDocument, position: { line: number; character: number }, ctx: ServiceContext): CompletionList | null {
  const { document } = parsed;
  const offset = document.offsetAt(position);
  const text = document.getText();
  const command = [...parsed.commands].reverse().find((candidate) => candidate.start < offset);
  if (!command || !/^(?:[ \t]|\\\r?\n)*$/.test(text.slice(command.end, Math.max(command.end, wordStart(text, offset))))) return null;
  if (offset <= command.docker.end) return null;

  const start = wordStart(text, offset);
  const typed = text.slice(start, offset);
  const range = { start: document.positionAt(start), end: position };
  const item = (label: string, kind: CompletionItemKind, entry: KnowledgeEntry | undefined, sortText?: string): CompletionItem => ({
    label,
    kind,
    sortText,
    textEdit: { range, newText: label },
    detail: entry?.[ctx.docsLanguage === 'en' ? 'en' : 'ko'].summary,
    documentation: entry ? { kind: MarkupKind.Markdown, value: renderHover(entry, ctx.docsLanguage) } : undefined,
  });

  if (typed.startsWith('-')) {
    const flags = command.path.length === 0 && !command.unknown ? globalFlags : command.spec?.flags;
    if (!flags) return null;
    const items = flags.flatMap((flag) => {
      const entry = flagEntry(command, flag);
      // Flags the notes explain come first.
      const rank = entry ? '0' : '1';
      return [item(flag.long, CompletionItemKind.Property, entry, `${rank}${flag.long}`), ...(flag.short ? [item(flag.short, CompletionItemKind.Property, entry, `${rank}${flag.long}~`)] : [])];
    });
    return { isIncomplete: false, items };
  }

  // Which word after `docker` is being typed: the command, or a group's subcommand.
  const before = text.slice(command.docker.end, start).split(/\s+/).filter((word) => word !== '' && !word.startsWith('-'));
  if (command.docker.text === 'docker-compose') before.unshift('compose');
  if (before.length === 0) {
    const items = [...topLevelCommands].map((name) => {
      const entry = entryFor(name);
      return item(name, CompletionItemKind.Keyword, entry, `${entry ? '0' : '1'}${name}`);
    });
    return { isIncomplete: false, items };
  }
  const group = before.length === 1 ? groupSubcommands[before[0]] : undefined;
  if (!group) return null;
  const items = [...group].map((name) => {
    const entry = entryFor(`${before[0]} ${name}`);
    return item(name, CompletionItemKind.Keyword, entry, `${entry ? '0' : '1'}${name}`);
  });
  return { isIncomplete: false, items };
}

function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !/\s/.test(text[start - 1])) start -= 1;
  return start;
}

/** The entry of `docker <path>` as written (`container ls` finds `docker ps`). */
function entryFor(path: string): KnowledgeEntry | undefined {
  const canonical = commandSpec(path)?.path ?? path;
  return getEntry(`cli.docker ${canonical}`);
}

function flagEntry(command: DockerCommand, flag: FlagSpec): KnowledgeEntry | undefined {
  if (command.path.length === 0) return getEntry(`cli.docker.${flag.long}`);
  const owner = commandEntry(command);
  const borrowed = command.spec?.flagDocsFrom;
  return (
    (owner && getEntry(`${owner.id}.${flag.long}`)) ?? (borrowed ? getEntry(`cli.docker ${borrowed}.${flag.long}`) : undefined) ?? (flag.long === '--help' ? getEntry('cli.docker.--help') : undefined)
  );
}
