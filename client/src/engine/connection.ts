/**
 * The one owner of the connection to the Docker Engine. Nothing connects at
 * construction: the first call that needs the engine creates the client.
 */
import Docker from 'dockerode';
import type * as vscode from 'vscode';
import type { LocalImage, LocalImagesRequest } from '../../../server/src/lspExt';

export class EngineConnection implements vscode.Disposable {
  private client: Docker | undefined;

  /** The dockerode client, created on first use from `DOCKER_HOST` or the default socket. */
  get docker(): Docker {
    this.client ??= new Docker();
    return this.client;
  }

  /** Local images for the language server; `[]` when the engine cannot be reached. */
  async localImages(params: LocalImagesRequest.Params): Promise<LocalImage[]> {
    try {
      const images = await this.docker.listImages();
      const result: LocalImage[] = images.map((image) => ({
        tags: (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
        id: image.Id,
        size: image.Size,
        created: new Date(image.Created * 1000).toISOString(),
      }));
      if (!params.inspect) return result;
      const info = await this.docker.getImage(params.inspect).inspect();
      return result.map((image) =>
        image.id === info.Id
          ? {
              ...image,
              exposedPorts: Object.keys(info.Config.ExposedPorts ?? {}),
              entrypoint: toList(info.Config.Entrypoint),
              cmd: toList(info.Config.Cmd),
            }
          : image,
      );
    } catch {
      return [];
    }
  }

  dispose(): void {
    this.client = undefined;
  }
}

function toList(value: string | string[] | undefined | null): string[] | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value : [value];
}
