/**
 * Labels, descriptions, tooltips and order of the Registries view (pure, `vscode`-free): unit
 * tested without a registry. Nothing here is ever given a credential.
 */
import { CredentialHelperError } from '../../registry/credentialHelper';
import { DockerConfigError } from '../../registry/dockerConfig';
import { platformLabel, type Platform } from '../../registry/distribution';
import { RegistryError } from '../../registry/registryClient';
import { registryDisplayName } from '../../registry/registryNames';
import { formatAge, formatBytes, type Translate } from '../format';

/** What the view shows of a tag, from the Registry API (manifest and config) or Docker Hub's listing. */
export interface TagView {
  readonly digest?: string;
  readonly size?: number;
  /** In ms: when the image was built (Registry API) or last pushed (Docker Hub). */
  readonly time?: number;
  readonly timeKind: 'created' | 'pushed';
  /** A multi-platform tag's platforms. */
  readonly platforms?: readonly PlatformView[];
  /** For a multi-platform tag: the platform whose size and age are shown. */
  readonly shownPlatform?: Platform;
}

export interface PlatformView {
  readonly platform: Platform;
  readonly digest?: string;
  /** The image's compressed size, once known. */
  readonly size?: number;
}

// One collator: `localeCompare` with options builds one per call.
const versionOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Tags as a user looks for them: `latest` first, then the highest versions (`1.10` before
 * `1.9`, `v2` before `v1`). A registry lists tags alphabetically and says nothing of their age
 * without a request per tag, so version order stands in for "newest first".
 */
export function compareTagNames(a: string, b: string): number {
  if (a === 'latest' || b === 'latest') return Number(b === 'latest') - Number(a === 'latest');
  return versionOrder.compare(b, a) || (a < b ? 1 : a > b ? -1 : 0);
}

/** `sha256:0123456789ab`: the digest shortened as `docker images --digests` users recognize it. */
export function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.includes(':') ? digest.split(':') : ['sha256', digest];
  return `${algorithm}:${hex.slice(0, 12)}`;
}

/** `5.2 MB · 3 days ago · 2 platforms`; `…` while the details load. */
export function tagDescription(t: Translate, view: TagView | undefined, now: number, locale: string): string {
  if (!view) return '…';
  const parts: string[] = [];
  if (view.size !== undefined) parts.push(formatBytes(view.size));
  if (view.time !== undefined) parts.push(formatAge(view.time / 1000, now, locale));
  if (view.platforms) parts.push(view.platforms.length === 1 ? t('1 platform') : t('{0} platforms', view.platforms.length));
  return parts.join(' · ');
}

export function tagTooltip(t: Translate, reference: string, view: TagView | undefined, locale: string): string {
  const lines = [reference];
  if (!view) return lines.join('\n');
  if (view.digest) lines.push(`${t('Digest')}: ${view.digest}`);
  if (view.size !== undefined) {
    lines.push(view.shownPlatform ? `${t('Size')}: ${formatBytes(view.size)} (${platformLabel(view.shownPlatform)})` : `${t('Size')}: ${formatBytes(view.size)}`);
  }
  if (view.time !== undefined) {
    lines.push(`${view.timeKind === 'created' ? t('Created') : t('Last pushed')}: ${new Date(view.time).toLocaleString(locale)}`);
  }
  if (view.platforms) lines.push(`${t('Platforms')}: ${view.platforms.map((entry) => platformLabel(entry.platform)).join(', ')}`);
  return lines.join('\n');
}

/** `12 MB · sha256:0123456789ab`. */
export function platformDescription(view: PlatformView): string {
  return [view.size !== undefined ? formatBytes(view.size) : '…', view.digest ? shortDigest(view.digest) : undefined].filter(Boolean).join(' · ');
}

/**
 * Why a registry request failed, in words that say what to do. Registry errors carry no
 * credential (the client redacts them), and nothing else here is given one.
 */
export function describeRegistryProblem(t: Translate, error: unknown): string {
  if (error instanceof RegistryError) {
    const host = registryDisplayName(error.registry);
    switch (error.kind) {
      case 'unauthorized':
        return t('{0} refused the login: {1}', host, error.detail);
      case 'unknownHost':
        return t('The registry host {0} is unknown.', host);
      case 'unreachable':
        return t('{0} cannot be reached: {1}', host, error.detail);
      case 'tls':
        return t('The secure connection to {0} failed ({1}). Put its CA certificate in ~/.docker/certs.d/{0}/ca.crt or /etc/docker/certs.d/{0}/ca.crt, or mark it insecure in dockside.registries.', host, error.detail);
      case 'unexpected':
        return t('{0} answered: {1}', host, error.detail);
    }
  }
  if (error instanceof CredentialHelperError) return t('The credential helper docker-credential-{0} failed: {1}', error.helper, error.message);
  if (error instanceof DockerConfigError) return t('The Docker configuration {0} cannot be used: {1}', error.path, error.message);
  return error instanceof Error ? error.message : String(error);
}
