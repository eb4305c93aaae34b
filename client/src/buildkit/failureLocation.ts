/**
 * The Dockerfile lines of a failed BuildKit step (`vscode`-free). BuildKit names each step it
 * runs for an instruction `[stage 2/5] RUN make` (the stage name left out when the file has one
 * stage): the stage, and the instruction's number among the stage's numbered ones (its FROM, when
 * it pulls an image, then each RUN, COPY, ADD, and in newer BuildKit WORKDIR). With the server's
 * list of each stage's instructions, that is a line range, even when build arguments changed the
 * instruction's text. A base image that cannot be resolved fails as
 * `[internal] load metadata for <image>`, which points at the FROM.
 */
import type { DockerfileBuildInfoRequest } from '../../../server/src/lspExt';

type Info = DockerfileBuildInfoRequest.Info;
type Step = DockerfileBuildInfoRequest.Step;

export interface LineRange {
  /** Zero-based, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
}

const numberedAlways = new Set(['RUN', 'COPY', 'ADD']);

export function locateFailedStep(stepName: string, info: Info): LineRange | undefined {
  const metadata = /^\[[^\]]*internal\] load metadata for (\S+)$/.exec(stepName);
  if (metadata) return fromLineOfImage(metadata[1], info);

  const header = /^\[([^\]]*?)\s*(\d+)\/(\d+)\]\s+(\S+)/.exec(stepName);
  if (!header) return undefined;
  const [, prefix, numberText, totalText, keywordText] = header;
  const keyword = keywordText.toUpperCase();
  // The prefix is `[platform] [stage]`; a platform has a `/`, a stage name never does.
  const stageName = prefix.split(/\s+/).filter((word) => word !== '' && !word.includes('/')).pop();
  const stageIndex = stageIndexFor(stageName, info);
  if (stageIndex === undefined) return undefined;
  const stage = info.stages[stageIndex];
  const fromCounted = countsItsFrom(stage, stageIndex, info);
  const number = Number(numberText);
  const total = Number(totalText);
  // Older BuildKit does not number WORKDIR; the step total tells which rule made this name (when
  // neither count gives it, say with ONBUILD steps of the base image, both are tried).
  const counts = [true, false].map((workdirNumbered) => numberedSteps(stage, fromCounted, workdirNumbered));
  const matchingTotal = counts.filter((steps) => steps.length === total);
  for (const steps of matchingTotal.length > 0 ? matchingTotal : counts) {
    const step = steps[number - 1];
    if (step && step.keyword === keyword) return { startLine: step.startLine, endLine: step.endLine };
  }
  return undefined;
}

function stageIndexFor(name: string | undefined, info: Info): number | undefined {
  if (name === undefined) return info.stages.length === 1 ? 0 : undefined;
  const byName = info.stages.findIndex((stage) => stage.name === name.toLowerCase());
  if (byName >= 0) return byName;
  const unnamed = /^stage-(\d+)$/.exec(name);
  return unnamed && Number(unnamed[1]) < info.stages.length ? Number(unnamed[1]) : undefined;
}

/** A stage's FROM is a numbered step when it pulls an image: not `scratch`, not an earlier stage. */
function countsItsFrom(stage: DockerfileBuildInfoRequest.Stage, index: number, info: Info): boolean {
  const image = stage.image?.toLowerCase();
  if (!image || image === 'scratch') return false;
  return !info.stages.slice(0, index).some((earlier) => earlier.name === image);
}

function numberedSteps(stage: DockerfileBuildInfoRequest.Stage, fromCounted: boolean, workdirNumbered: boolean): Step[] {
  return stage.steps.filter((step) =>
    step.keyword === 'FROM' ? fromCounted : numberedAlways.has(step.keyword) || (workdirNumbered && step.keyword === 'WORKDIR'),
  );
}

/** The FROM of the first stage whose image is `reference`, compared as the engine normalizes names. */
function fromLineOfImage(reference: string, info: Info): LineRange | undefined {
  const wanted = normalizeImage(reference);
  for (const stage of info.stages) {
    if (stage.image && normalizeImage(stage.image) === wanted) {
      const from = stage.steps[0];
      return from && { startLine: from.startLine, endLine: from.endLine };
    }
  }
  return undefined;
}

/** `docker.io/library/alpine:latest` and `alpine` are the same image. */
function normalizeImage(reference: string): string {
  let name = reference.toLowerCase().replace(/^docker\.io\//, '').replace(/^library\//, '');
  if (!/:[^/]+$/.test(name) && !name.includes('@')) name += ':latest';
  return name;
}
