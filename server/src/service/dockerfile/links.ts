/**
 * Document links: a FROM image (and a `COPY --from` image, and the
 * `# syntax=` frontend) to its Docker Hub page (`/_/<name>` for official
 * images, `/r/<namespace>/<name>` otherwise), and a COPY/ADD source to the
 * file in the workspace when it exists.
 */
import type { DocumentLink } from 'vscode-languageserver';
import type { Arg, DockerfileAst, Instruction } from '../../dockerfile/ast';
import { inline, type Localized } from '../localized';
import type { ServiceContext } from '../mode';
import { stageNamed } from './declarations';

/** The tooltip of a link to an image's Docker Hub page, which is in English only. */
export const dockerHubTooltip: Localized = { en: 'Open the image on Docker Hub', ko: 'Docker Hub에서 이미지 열기 (영문)' };

/** The Docker Hub page of an image reference, or undefined for other registries, variables and `scratch`. */
export function dockerHubUrl(reference: string): string | undefined {
  if (reference.includes('$') || reference.toLowerCase() === 'scratch') return undefined;
  let name = reference.split('@')[0];
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  if (colon >= 0) name = name.slice(0, colon);
  const parts = name.split('/');
  // A first component with a dot, a port or `localhost` is a registry host.
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
    if (parts[0] !== 'docker.io' && parts[0] !== 'index.docker.io' && parts[0] !== 'registry-1.docker.io') return undefined;
    parts.shift();
  }
  if (parts.length === 0 || parts.some((part) => !/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(part))) return undefined;
  if (parts.length === 1 || (parts.length === 2 && parts[0] === 'library')) return `https://hub.docker.com/_/${parts[parts.length - 1]}`;
  return parts.length === 2 ? `https://hub.docker.com/r/${parts[0]}/${parts[1]}` : undefined;
}

/** The directory URI of the Dockerfile: its sources are resolved against it, the usual build context. */
function contextDirectory(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

function isLocalSource(arg: Arg): boolean {
  const value = arg.value;
  return (
    value.length > 0 &&
    !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) &&
    !value.startsWith('git@') &&
    !value.startsWith('<<') &&
    !/[*?[$]/.test(value) &&
    arg.range.start.line === arg.range.end.line
  );
}

function sourceArgs(instruction: Instruction): readonly Arg[] {
  const words = instruction.form === 'exec' ? (instruction.execArgs ?? []) : instruction.args;
  return words.slice(0, -1);
}

export function documentLinks(ast: DockerfileAst, ctx: ServiceContext): DocumentLink[] {
  const links: DocumentLink[] = [];
  const directory = contextDirectory(ast.uri);
  const tooltip = inline(ctx.docsLanguage, dockerHubTooltip);
  // `# syntax=docker/dockerfile:1` names the frontend image that builds the file.
  for (const directive of ast.directives) {
    const target = directive.name === 'syntax' ? dockerHubUrl(directive.value) : undefined;
    if (target) links.push({ range: directive.valueRange, target, tooltip });
  }
  for (const instruction of ast.instructions) {
    // `COPY --from=nginx:1.27` copies out of an image rather than a stage.
    const fromImage = instruction.flags.find((flag) => flag.name === 'from' && flag.value && flag.valueRange && !/^\d+$/.test(flag.value));
    if (fromImage && !stageNamed(ast, fromImage.value!)) {
      const target = dockerHubUrl(fromImage.value!);
      if (target) links.push({ range: fromImage.valueRange!, target, tooltip });
    }
    if (instruction.name === 'FROM') {
      const image = instruction.args[0];
      const target = image && !stageNamed(ast, image.value) ? dockerHubUrl(image.value) : undefined;
      if (target) links.push({ range: image.range, target, tooltip });
    } else if ((instruction.name === 'COPY' || instruction.name === 'ADD') && !instruction.flags.some((flag) => flag.name === 'from') && directory) {
      for (const source of sourceArgs(instruction)) {
        if (!isLocalSource(source)) continue;
        const relative = source.value.replace(/^\.\//, '').replace(/\/$/, '');
        if (relative === '' || relative === '.' || relative.startsWith('/')) continue;
        const target = directory + relative.split('/').map(encodeURIComponent).join('/');
        if (ctx.workspace.exists(target)) links.push({ range: source.range, target });
      }
    }
  }
  return links;
}
