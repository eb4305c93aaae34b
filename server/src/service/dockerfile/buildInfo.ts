/**
 * What a build of the Dockerfile can be asked for, for the client's Build Image command: the build
 * arguments with their defaults, the stages with their instructions (the client maps BuildKit's
 * `[stage 2/5]` steps back to lines with them), and the secrets `RUN --mount=type=secret` uses.
 */
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import type { DockerfileBuildInfoRequest } from '../../lspExt';
import { declarationsIn, mountOptions } from './declarations';

type Info = DockerfileBuildInfoRequest.Info;

export function buildInfo(ast: DockerfileAst): Info {
  const args: DockerfileBuildInfoRequest.BuildArg[] = [];
  const argsOf = (instructions: readonly Instruction[], stage: string | undefined) => {
    for (const instruction of instructions) {
      if (instruction.name !== 'ARG') continue;
      for (const declaration of declarationsIn(instruction)) {
        args.push({ name: declaration.name, defaultValue: declaration.value, stage, line: declaration.nameRange.start.line });
      }
    }
  };
  argsOf(ast.globalArgs, undefined);
  const stages: DockerfileBuildInfoRequest.Stage[] = [];
  const secrets: DockerfileBuildInfoRequest.SecretMount[] = [];
  for (const stage of ast.stages) {
    argsOf(stage.instructions, stage.name ?? `stage-${stage.index}`);
    const steps: DockerfileBuildInfoRequest.Step[] = [];
    for (const instruction of stage.instructions) {
      steps.push({ keyword: instruction.name, startLine: instruction.range.start.line, endLine: instruction.range.end.line });
      if (instruction.name === 'RUN') secrets.push(...secretMounts(ast, instruction));
    }
    stages.push({ name: stage.name, image: stage.imageName, steps });
  }
  return { args, stages, secrets };
}

/**
 * The secrets of a RUN's `--mount=type=secret` flags. As BuildKit reads them, the id defaults to
 * the target's file name, and a secret is optional unless `required` is set.
 */
function secretMounts(ast: DockerfileAst, run: Instruction): DockerfileBuildInfoRequest.SecretMount[] {
  const found: DockerfileBuildInfoRequest.SecretMount[] = [];
  for (const flag of run.flags) {
    if (flag.name !== 'mount') continue;
    const options = new Map(mountOptions(ast, flag).map((option) => [option.key, option.value]));
    if (options.get('type') !== 'secret') continue;
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    const id = options.get('id') || (target ? target.replace(/\/+$/, '').split('/').pop() : undefined);
    if (!id) continue;
    const required = options.has('required') && options.get('required') !== 'false';
    found.push({ id, required, line: flag.range.start.line });
  }
  return found;
}
