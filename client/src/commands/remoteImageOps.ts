/**
 * The registry side of the Registries view's commands (`vscode`-free): deleting a tag (its
 * manifest, by digest), the manifest as a document, a tag's digest, and what to tell the user
 * when a registry refuses.
 */
import { isAbortError } from '../registry/http';
import { RegistryError } from '../registry/registryClient';
import type { RegistrySessions } from '../registry/registrySessions';
import { registryDisplayName } from '../registry/registryNames';
import { remoteImageReference, type RemoteImageRef } from '../registry/remoteImages';
import { msg, type Localizable } from './localizable';

/** The digest a tag points at now: the one shown, else the registry's answer. */
export async function remoteDigest(sessions: RegistrySessions, ref: RemoteImageRef, signal?: AbortSignal): Promise<string> {
  if (ref.digest) return ref.digest;
  const api = await sessions.distribution(ref.registry);
  return (await api.rawManifest(ref.repository, ref.tag ?? 'latest', signal)).digest;
}

/** The manifest (or index) as the registry stores it, indented: a read-only JSON document. */
export async function manifestDocument(sessions: RegistrySessions, ref: RemoteImageRef, signal?: AbortSignal): Promise<string> {
  const api = await sessions.distribution(ref.registry);
  const raw = await api.rawManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest', signal);
  let text: string;
  try {
    text = JSON.stringify(JSON.parse(raw.body.toString('utf8')), null, 2);
  } catch {
    text = raw.body.toString('utf8');
  }
  return `${text}\n`;
}

export interface TagDeletionConfirmation {
  readonly message: Localizable;
  readonly detail: Localizable;
}

/** What the confirmation says: the tag, the manifest that goes, and that every tag on it goes too. */
export function tagDeletionConfirmation(ref: RemoteImageRef, digest: string): TagDeletionConfirmation {
  const reference = remoteImageReference(ref, 'tag') ?? ref.repository;
  return {
    message: msg('Delete {0} from {1}?', reference, registryDisplayName(ref.registry)),
    detail: msg(
      'The registry deletes the manifest {0}: every tag that points at it goes too, and a pull of {1} fails afterwards. This cannot be undone.',
      digest,
      reference,
    ),
  };
}

/** Deletes the manifest a tag points at, by its digest (the Registry API deletes nothing by tag). Resolves to that digest. */
export async function deleteRemoteTag(sessions: RegistrySessions, ref: RemoteImageRef, digest: string, signal?: AbortSignal): Promise<string> {
  const api = await sessions.distribution(ref.registry);
  await api.deleteManifest(ref.repository, digest, signal);
  return digest;
}

/** Why a deletion failed, exactly: a registry with deleting disabled answers 405. */
export function deletionFailure(ref: RemoteImageRef, error: unknown): Localizable {
  const host = registryDisplayName(ref.registry);
  if (isAbortError(error)) return msg('The deletion was cancelled.');
  if (error instanceof RegistryError) {
    switch (error.response?.status) {
      case 405:
        return msg('{0} does not allow deleting images (HTTP 405, {1}): deletion is disabled in its configuration (for the distribution registry, storage.delete.enabled). Nothing was deleted.', host, error.response.code ?? 'UNSUPPORTED');
      case 401:
      case 403:
        return msg('{0} refused to delete from {1}: the login may not delete there ({2}).', host, ref.repository, error.detail);
      case 404:
        return msg('{0} has no such manifest in {1} any more: it was deleted already.', host, ref.repository);
    }
    return msg('{0} did not delete it: {1}', host, error.detail);
  }
  return msg('{0} did not delete it: {1}', host, error instanceof Error ? error.message : String(error));
}
