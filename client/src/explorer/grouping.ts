/** How the Images view is grouped and sorted: pure functions of the engine's list (containers: ./composeProjects.ts). */
import type Docker from 'dockerode';
import { compareNames, compareTags, splitRepoTag } from './format';

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
