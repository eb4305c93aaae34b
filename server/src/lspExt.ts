/**
 * Dockside's custom LSP messages, shared by the extension client and the
 * language server. The one place both sides agree on names and shapes: each
 * message is a typed `RequestType`, so a call site gets its params and result
 * checked instead of casting. Only the protocol package (which both
 * vscode-languageclient and vscode-languageserver are built on) is imported,
 * so either side can use this module without pulling in the other's runtime.
 */
import { RequestType } from 'vscode-languageserver-protocol';

/** An image present on the local engine, as the client reports it. */
export interface LocalImage {
  /** `repository:tag` references, e.g. `node:20-alpine`. Empty for dangling images. */
  readonly tags: readonly string[];
  readonly id: string;
  /** Bytes. */
  readonly size: number;
  /** ISO 8601. */
  readonly created: string;
  /** Present when the client inspected the image: `80/tcp`, … */
  readonly exposedPorts?: readonly string[];
  readonly entrypoint?: readonly string[] | null;
  readonly cmd?: readonly string[] | null;
}

/**
 * Server → client: the images on the local engine, for `FROM` and `image:`
 * completion and hover. The client answers `[]` when no engine is reachable.
 */
export namespace LocalImagesRequest {
  export interface Params {
    /** Inspect this image reference and include its ports/entrypoint/cmd. */
    readonly inspect?: string;
  }
  export type Result = LocalImage[];
  export const type = new RequestType<Params, Result, void>('dockside/localImages');
}

/**
 * Client → server: the full knowledge-base explanation of the symbol at a
 * position, as Markdown, for the "Dockside: Explain" command.
 */
export namespace ExplainRequest {
  export interface Params {
    readonly textDocument: { readonly uri: string };
    readonly position: { readonly line: number; readonly character: number };
  }
  /** `null` when nothing at the position has an entry. */
  export type Result = { readonly title: string; readonly markdown: string } | null;
  export const type = new RequestType<Params, Result, void>('dockside/explain');
}

/** Command IDs the server puts into code lenses and code actions; the client implements them. */
export const ClientCommands = {
  composeRunService: 'dockside.compose.runService',
  composeServiceLogs: 'dockside.compose.serviceLogs',
  /** "Dockside: Explain"; a hover's "More…" link passes `[{ uri, position }]`. */
  explain: 'dockside.explain',
} as const;

/** Initialization options the client sends. */
export interface DocksideInitializationOptions {
  /** `vscode.env.language`, e.g. `ko` or `en-us`. LSP's own `locale` is used when absent. */
  readonly displayLanguage?: string;
  /** The client runs `ClientCommands.explain` from `command:` links in hovers, so hovers may offer "More…". */
  readonly explainLinks?: boolean;
}

/**
 * Client → server: what a build of a Dockerfile can be asked for, from the server's parse of it
 * (the client has no Dockerfile parser of its own): its build arguments with their defaults, its
 * stages with the instructions BuildKit numbers as steps, and the secrets its `RUN --mount`s use.
 */
export namespace DockerfileBuildInfoRequest {
  export interface Params {
    readonly textDocument: { readonly uri: string };
  }
  /** An `ARG`: global (before the first FROM, usable in FROM) or declared in a stage. */
  export interface BuildArg {
    readonly name: string;
    /** The default as written, `undefined` for a bare `ARG NAME`. */
    readonly defaultValue?: string;
    /** The stage's name or index (`stage-1`) it is declared in; absent for a global ARG. */
    readonly stage?: string;
    /** Zero-based line of the declaration. */
    readonly line: number;
  }
  /** One instruction of a stage, with its lines (zero-based, inclusive). */
  export interface Step {
    /** Upper-cased keyword: `FROM`, `RUN`, `COPY`, … */
    readonly keyword: string;
    readonly startLine: number;
    readonly endLine: number;
  }
  export interface Stage {
    /** The name after `AS`, lower-cased as BuildKit prints it; absent for an unnamed stage. */
    readonly name?: string;
    /** The FROM image as written (`$VAR`s unexpanded). */
    readonly image?: string;
    /** Every instruction of the stage, FROM first. */
    readonly steps: readonly Step[];
  }
  /** A `RUN --mount=type=secret`: the secret's id and whether the build fails without it. */
  export interface SecretMount {
    readonly id: string;
    readonly required: boolean;
    readonly line: number;
  }
  export interface Info {
    readonly args: readonly BuildArg[];
    readonly stages: readonly Stage[];
    readonly secrets: readonly SecretMount[];
  }
  /** `null` when the document is not a Dockerfile the server has open. */
  export type Result = Info | null;
  export const type = new RequestType<Params, Result, void>('dockside/dockerfileBuildInfo');
}

/** One service of a Compose file, as the explorer shows it before anything runs. */
export interface ComposeServiceOutline {
  readonly name: string;
  /** `profiles:`; empty when the service always starts. */
  readonly profiles: readonly string[];
  /** `image:` as written (variables not substituted). */
  readonly image?: string;
  /** The build context (`build: ./dir` or `build.context`; `.` for a `build:` map without one). */
  readonly build?: string;
  /** `container_name:`. */
  readonly containerName?: string;
  /** The service's key in the file, for "Open definition". */
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
}

/** What one Compose file declares about its project. */
export interface ComposeFileOutline {
  /** Top-level `name:` as written, if any. */
  readonly name?: string;
  /** In file order. */
  readonly services: readonly ComposeServiceOutline[];
}

/**
 * Client → server: the services of a Compose file, from the server's parse (the open
 * document's current version, else the file on disk). The explorer's compose projects
 * are built from these, so the client has no YAML parser of its own. `null` when the
 * file cannot be read.
 */
export namespace ComposeServicesRequest {
  export interface Params {
    readonly uri: string;
  }
  export type Result = ComposeFileOutline | null;
  export const type = new RequestType<Params, Result, void>('dockside/composeServices');
}
