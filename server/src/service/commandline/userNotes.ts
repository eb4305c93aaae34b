/** The "From your notes" part of a command-line hover: the user's own notes about the command or flag. */
import { notesHoverSection } from '../../notes/render';
import type { ServiceContext } from '../mode';
import type { CommandLineSymbol } from './lookup';

export function notesSection(symbol: CommandLineSymbol, ctx: ServiceContext): string | undefined {
  return notesHoverSection(ctx.notes, termsFor(symbol), ctx.docsLanguage);
}

/** A command is searched by its name; a flag by its long form, then its short one. */
function termsFor(symbol: CommandLineSymbol): string[] {
  const { entry } = symbol;
  if (entry.kind === 'cli-flag') return [entry.title.split(', ').pop()!, ...(entry.aliases ?? [])];
  return [entry.title, ...(entry.aliases ?? [])];
}
