/** Every language mode the server offers, in matching order. */
import type { AnyLanguageMode } from './mode';
import { commandLineMode } from './commandline/mode';
import { composeMode } from './compose/mode';
import { dockerfileMode } from './dockerfile/mode';

export function createModes(): AnyLanguageMode[] {
  return [dockerfileMode, composeMode, commandLineMode];
}
