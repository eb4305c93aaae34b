/**
 * The engine side of the image commands (`vscode`-free): tag, remove with the
 * containers that use the image, history (push and pull: imageTransfer.ts).
 */
import type Docker from 'dockerode';
import { containerName, formatBytes, shortId } from '../explorer/format';
import { splitReference } from './containerOps';
import { Localizable, msg } from './localizable';

export interface ContainerUse {
  readonly name: string;
  readonly state: string;
}

/** The containers created from this image (by image ID), any state. */
export async function containersUsingImage(docker: Docker, imageIdOrName: string): Promise<ContainerUse[]> {
  const { Id } = await docker.getImage(imageIdOrName).inspect();
  const containers = await docker.listContainers({ all: true });
  return containers
    .filter((container) => container.ImageID === Id)
    .map((container) => ({ name: containerName(container), state: container.State }));
}

export interface ImageRemovalConfirmation {
  readonly message: Localizable;
  readonly detail: Localizable;
  /** Containers use it: only a forced removal can untag it, and only when none is running. */
  readonly needsForce: boolean;
  /** A running container pins the image: the engine refuses even a forced removal. */
  readonly blocked: boolean;
}

/** What the remove confirmation says: which tag or image goes, and which containers use it. */
export function imageRemovalConfirmation(name: string, users: readonly ContainerUse[]): ImageRemovalConfirmation {
  // The explorer names a tagged image `repo:tag` and an untagged one by its (short) ID.
  const tagged = /:[\w][\w.-]*$/.test(name) && !name.startsWith('sha256:');
  const message = msg('Remove image {0}?', tagged ? name : shortId(name));
  if (users.length === 0) {
    return {
      message,
      detail: tagged
        ? msg('Untags {0}; the image and its layers are deleted when no other tag refers to them.', name)
        : msg('Deletes the untagged image {0} and the layers no other image shares.', shortId(name)),
      needsForce: false,
      blocked: false,
    };
  }
  const list = users.map((user) => `${user.name} (${user.state})`).join(', ');
  const blocked = users.some((user) => user.state === 'running' || user.state === 'paused' || user.state === 'restarting');
  return {
    message,
    detail: blocked
      ? msg('Used by containers: {0}. Stop and remove the running ones first.', list)
      : msg('Used by containers: {0}. Forced removal untags the image; those containers keep their copy until they are removed.', list),
    needsForce: true,
    blocked,
  };
}

export async function removeImage(docker: Docker, imageIdOrName: string, force: boolean): Promise<Docker.ImageRemoveInfo[]> {
  return (await docker.getImage(imageIdOrName).remove({ force })) as unknown as Docker.ImageRemoveInfo[];
}

/**
 * What the Tag input box starts with: the image's own name to edit, or nothing for a dangling
 * image, which is named by its short ID (not a valid starting point for a repository name).
 */
export function tagPrefill(ref: { readonly id: string; readonly name: string }): string {
  return ref.name === shortId(ref.id) ? '' : ref.name;
}

/** `docker tag source target`. */
export async function tagImage(docker: Docker, source: string, target: string): Promise<void> {
  const { repo, tag } = splitReference(target);
  await docker.getImage(source).tag({ repo, tag });
}

/** `docker history`: one line per layer, newest first, with its size and the instruction that made it. */
export async function imageHistory(docker: Docker, imageIdOrName: string): Promise<string[]> {
  const layers = (await docker.getImage(imageIdOrName).history()) as { Id: string; Created: number; CreatedBy: string; Size: number }[];
  return layers.map((layer) => {
    const id = layer.Id === '<missing>' ? '<missing>   ' : shortId(layer.Id);
    const created = new Date(layer.Created * 1000).toISOString().replace('T', ' ').slice(0, 19);
    // Docker writes two spaces after `#(nop)`, Podman one.
    const instruction = layer.CreatedBy.replace(/^\/bin\/sh -c #\(nop\)\s+/, '').replace(/^\/bin\/sh -c /, 'RUN ');
    return `${id}  ${created}  ${formatBytes(layer.Size).padStart(9)}  ${instruction}`;
  });
}

