/** How the Containers and Images views are grouped and sorted: pure functions of the engine's lists. */
import type Docker from 'dockerode';
import { compareContainers, compareNames, compareTags, composeProjectLabel, splitRepoTag } from './format';

export interface ContainerGroups {
  /** Compose projects by name, each with its containers in service order. */
  readonly projects: ReadonlyArray<{ readonly name: string; readonly containers: Docker.ContainerInfo[] }>;
  /** Containers outside any Compose project, by name. */
  readonly ungrouped: Docker.ContainerInfo[];
}

/** Groups by the `com.docker.compose.project` label; projects first (by name), then the rest. */
export function groupContainers(containers: Iterable<Docker.ContainerInfo>): ContainerGroups {
  const projects = new Map<string, Docker.ContainerInfo[]>();
  const ungrouped: Docker.ContainerInfo[] = [];
  for (const container of containers) {
    const project = composeProject(container);
    if (project === undefined) ungrouped.push(container);
    else projects.set(project, [...(projects.get(project) ?? []), container]);
  }
  return {
    projects: [...projects]
      .sort(([a], [b]) => compareNames(a, b))
      .map(([name, members]) => ({ name, containers: members.sort(compareContainers) })),
    ungrouped: ungrouped.sort(compareContainers),
  };
}

export function composeProject(container: Pick<Docker.ContainerInfo, 'Labels'>): string | undefined {
  return container.Labels?.[composeProjectLabel] || undefined;
}

export interface ImageTag {
  readonly repository: string;
  readonly tag: string;
  readonly image: Docker.ImageInfo;
}

export interface ImageGroups {
  readonly repositories: ReadonlyArray<{ readonly name: string; readonly tags: ImageTag[] }>;
  /** Images with neither a tag nor a digest: the ones `docker image prune` removes. */
  readonly dangling: Docker.ImageInfo[];
}

/**
 * One entry per `repo:tag` (an image tagged twice appears under both). An
 * image known only by digest (`repo@sha256:…`) sits under its repository
 * with the tag `<none>`; one with neither is dangling.
 */
export function groupImages(images: Iterable<Docker.ImageInfo>): ImageGroups {
  const repositories = new Map<string, ImageTag[]>();
  const dangling: Docker.ImageInfo[] = [];
  const add = (entry: ImageTag): void => {
    repositories.set(entry.repository, [...(repositories.get(entry.repository) ?? []), entry]);
  };
  for (const image of images) {
    const tags = (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>');
    if (tags.length > 0) {
      for (const repoTag of tags) add({ ...splitRepoTag(repoTag), image });
      continue;
    }
    const digest = (image.RepoDigests ?? []).find((entry) => entry !== '<none>@<none>' && entry.includes('@'));
    if (digest) add({ repository: digest.slice(0, digest.indexOf('@')), tag: '<none>', image });
    else dangling.push(image);
  }
  return {
    repositories: [...repositories]
      .sort(([a], [b]) => compareNames(a, b))
      .map(([name, tags]) => ({
        name,
        tags: tags.sort((a, b) => compareTags({ tag: a.tag, created: a.image.Created }, { tag: b.tag, created: b.image.Created })),
      })),
    dangling: dangling.sort((a, b) => b.Created - a.Created || compareNames(a.Id, b.Id)),
  };
}
