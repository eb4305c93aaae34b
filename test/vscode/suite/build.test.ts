/**
 * Build Image from the palette in a real VS Code against the real engine: a Dockerfile with
 * `RUN --mount=type=cache` and an ARG builds through BuildKit, pressing Enter through every
 * prompt (the build argument's default comes from the language server's parse); "Build Image"
 * then rebuilds with no prompt at all; the notification names the running step and its Cancel
 * stops the build (on Podman, which cannot cancel one, it says the build goes on); a failing
 * RUN gets a diagnostic on its lines, which goes when those lines are edited, or when a later
 * build succeeds.
 */
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import { busyboxImage, ensureBusyboxImage, newRunId, podmanBusyboxImage, processesWith, removeTestObjects, testLabel } from '../../support/engineFixtures';
import { diagnosticsWhen, explorerApi, when, withStubs } from './support';

/** What the stubbed prompts saw and said, in order. */
interface Conversation {
  readonly prompts: string[];
  readonly messages: string[];
}

/**
 * Runs `command` as a user pressing Enter at every prompt of a trusted workspace: the first item
 * of a pick (the checked ones of a multi-pick), the offered value of an input box.
 */
async function pressingEnter(command: string, ...args: unknown[]): Promise<Conversation> {
  const conversation: Conversation = { prompts: [], messages: [] };
  const showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
    const list = await items;
    conversation.prompts.push(`pick: ${options?.placeHolder ?? ''} [${list.map((item) => item.label).join(' | ')}]`);
    return options?.canPickMany ? list.filter((item) => item.picked) : list[0];
  };
  const showInputBox = (options?: vscode.InputBoxOptions) => {
    conversation.prompts.push(`input: ${options?.prompt ?? ''} = ${options?.value ?? ''}`);
    return Promise.resolve(options?.value);
  };
  const message = (kind: string) => ({
    value: (text: string) => {
      conversation.messages.push(`${kind}: ${text}`);
      return Promise.resolve(undefined);
    },
  });
  await withStubs(vscode.workspace, { isTrusted: { get: () => true } }, () =>
    withStubs(
      vscode.window,
      {
        showQuickPick: { value: showQuickPick },
        showInputBox: { value: showInputBox },
        showInformationMessage: message('information'),
        showErrorMessage: message('error'),
        showWarningMessage: message('warning'),
      },
      () => vscode.commands.executeCommand(command, ...args),
    ),
  );
  return conversation;
}

/** The build output channel's text once it contains `text`. */
function buildOutputContains(text: string): Promise<string> {
  return when(
    (listener) => {
      const opened = vscode.workspace.onDidOpenTextDocument(listener);
      const changed = vscode.workspace.onDidChangeTextDocument(listener);
      return { dispose: () => (opened.dispose(), changed.dispose()) };
    },
    () => vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'output' && document.getText().includes(text))?.getText(),
  );
}

/**
 * `vscode.window.withProgress` as VS Code shows the notification, with the user pressing its
 * Cancel once a step containing `marker` shows; what the notification said is recorded.
 */
function cancellingAtStep(marker: string) {
  const notification: { options?: vscode.ProgressOptions; steps: string[]; withProgress: typeof vscode.window.withProgress } = {
    steps: [],
    withProgress: (options, task) => {
      notification.options = options;
      return withProgress(options, (progress) =>
        task(
          {
            report: (value) => {
              progress.report(value);
              if (value.message) notification.steps.push(value.message);
              if (value.message?.includes(marker)) cancel.cancel();
            },
          },
          cancel.token,
        ),
      );
    },
  };
  const cancel = new vscode.CancellationTokenSource();
  const withProgress = vscode.window.withProgress;
  return notification;
}

describe('Build Image through BuildKit', () => {
  const docker = new Docker();
  const runId = newRunId();
  const folder = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, `buildkit-${runId}`);
  const tag = `buildkit-${runId}:latest`;
  const buildFailure = (diagnostics: vscode.Diagnostic[]) => diagnostics.find((item) => (item.code as { value?: unknown } | undefined)?.value === 'build-failed');

  before(async () => {
    await explorerApi();
    await ensureBusyboxImage(docker);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
    await removeTestObjects(docker, runId);
  });

  it('from the palette, a RUN --mount Dockerfile with an ARG builds, Enter through every prompt', async () => {
    const dockerfile = vscode.Uri.joinPath(folder(), 'Dockerfile');
    const text = [
      `FROM ${busyboxImage}`,
      'ARG GREETING=hello-from-the-arg',
      'RUN --mount=type=cache,target=/cache echo "$GREETING" > /cache/greeting && cp /cache/greeting /greeting',
      `LABEL ${testLabel}=${runId}`,
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(dockerfile);

    const conversation = await pressingEnter('dockside.image.build');

    assert.deepEqual(conversation.messages, [`information: Built ${tag}.`], conversation.prompts.join('\n'));
    // The workspace has other Dockerfiles (the samples): the active editor's is offered first.
    assert.ok(conversation.prompts[0].startsWith(`pick: Select the Dockerfile to build [buildkit-${runId}/Dockerfile | `), conversation.prompts[0]);
    assert.ok(
      conversation.prompts.includes('input: Build arguments, NAME=value separated by spaces (the Dockerfile\'s defaults are filled in). = GREETING=hello-from-the-arg'),
      conversation.prompts.join('\n'),
    );
    const image = await docker.getImage(tag).inspect();
    assert.equal(image.Config.Labels?.[testLabel], runId);
    const log = await buildOutputContains(`Image ${image.Id}, tagged ${tag}.`);
    assert.match(log, /^Builder: BuildKit/m);
    assert.match(log, /^#\d+ \[(stage-0 )?2\/2\] RUN --mount=type=cache,target=\/cache echo "hello-from-the-arg"/m);
  });

  it('the notification shows the step running as buildx names it, and its Cancel stops the build: no process left, the tag unchanged', async () => {
    const marker = `${randomInt(100_000, 999_999)}${randomInt(100_000, 999_999)}`;
    const dockerfile = vscode.Uri.joinPath(folder(), 'cancelled.Dockerfile');
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(`FROM ${busyboxImage}\nRUN echo started && sleep ${marker}\n`));
    const before = (await docker.getImage(tag).inspect()).Id;
    const notification = cancellingAtStep(marker);

    const conversation = await withStubs(vscode.window, { withProgress: { value: notification.withProgress } }, () => pressingEnter('dockside.image.build', dockerfile));

    assert.equal(notification.options?.cancellable, true);
    assert.ok(notification.steps.some((step) => new RegExp(`^\\[(stage-0 )?2/2\\] RUN echo started && sleep ${marker}$`).test(step)), notification.steps.join('\n'));
    assert.deepEqual(conversation.messages, []);
    await buildOutputContains('Build cancelled.');
    assert.deepEqual(processesWith(`sleep ${marker}`), [], 'the RUN step was stopped');
    assert.equal((await docker.getImage(tag).inspect()).Id, before, 'the cancelled build tagged nothing');
  });

  it('on Podman, which cannot cancel a running build, Cancel says the build goes on in the background', async () => {
    const explorer = await explorerApi();
    const podman = new Docker({ socketPath: (process.env.DOCKSIDE_PODMAN_HOST ?? '').replace(/^unix:\/\//, '') });
    await ensureBusyboxImage(podman);
    const marker = `${randomInt(100_000, 999_999)}${randomInt(100_000, 999_999)}`;
    const dockerfile = vscode.Uri.joinPath(folder(), 'podman.Dockerfile');
    // A short step that fails, so the build Podman goes on with ends by itself and tags nothing.
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(`FROM ${podmanBusyboxImage}\nRUN echo started && sleep 3 && echo ${marker} && false\n`));
    const state = await explorer.engine.choose({ kind: 'host', host: process.env.DOCKSIDE_PODMAN_HOST ?? '' });
    try {
      assert.equal(state.status === 'connected' && state.identity.kind, 'podman');
      const notification = cancellingAtStep(marker);

      const conversation = await withStubs(vscode.window, { withProgress: { value: notification.withProgress } }, () => pressingEnter('dockside.image.build', dockerfile));

      assert.ok(notification.steps.some((step) => step.includes(marker)), notification.steps.join('\n'));
      const message = 'Podman cannot cancel a running build: Dockside stopped following it, but it finishes in the background, and tags the image if it succeeds.';
      assert.deepEqual(conversation.messages, [`warning: ${message}`]);
      const log = await buildOutputContains(message);
      assert.doesNotMatch(log, /Build cancelled\./);
    } finally {
      await explorer.engine.choose(undefined);
    }
  });

  it('"Build Image" builds again with the last options, asking nothing', async () => {
    const dockerfile = vscode.Uri.joinPath(folder(), 'Dockerfile');
    const conversation = await pressingEnter('dockside.image.buildAgain', dockerfile);
    assert.deepEqual(conversation.prompts, []);
    assert.deepEqual(conversation.messages, [`information: Built ${tag}.`]);
  });

  it('a failing RUN gets a diagnostic on its lines, which goes once those lines are edited', async () => {
    const dockerfile = vscode.Uri.joinPath(folder(), 'failing.Dockerfile');
    const text = [`FROM ${busyboxImage}`, 'ARG CODE=7', 'RUN echo failing with $CODE && \\', '    exit $CODE', 'CMD ["sh"]', ''].join('\n');
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(text));

    const conversation = await pressingEnter('dockside.image.build', dockerfile);

    assert.equal(conversation.messages.length, 1, conversation.messages.join('\n'));
    assert.match(conversation.messages[0], /^error: The build failed at line 3: .*exit code: 7/);
    const diagnostic = buildFailure(await diagnosticsWhen(dockerfile, (diagnostics) => buildFailure(diagnostics) !== undefined))!;
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.end.line], [2, 3]);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), dockerfile.toString(), 'the failing Dockerfile is shown');

    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# a comment above moves the diagnostic\n'));
    const moved = buildFailure(await diagnosticsWhen(dockerfile, (diagnostics) => buildFailure(diagnostics)?.range.start.line === 3))!;
    assert.equal(moved.range.end.line, 4);
    await editor.edit((edit) => edit.replace(new vscode.Range(4, 4, 4, 14), 'exit 0'));
    await diagnosticsWhen(dockerfile, (diagnostics) => buildFailure(diagnostics) === undefined);
  });

  it('the diagnostic stays through an edit elsewhere and goes when a later build succeeds, which follows the edited ARG default', async () => {
    const dockerfile = vscode.Uri.joinPath(folder(), 'later.Dockerfile');
    const text = [`FROM ${busyboxImage}`, 'ARG CODE=5', 'RUN echo exiting with $CODE && exit $CODE', `LABEL ${testLabel}=${runId}`, ''].join('\n');
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(text));
    const failed = await pressingEnter('dockside.image.build', dockerfile);
    assert.match(failed.messages.join('\n'), /^error: The build failed at line 3: .*exit code: 5/);
    await diagnosticsWhen(dockerfile, (diagnostics) => buildFailure(diagnostics)?.range.start.line === 2);

    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), dockerfile.toString());
    await editor.edit((edit) => edit.replace(new vscode.Range(1, 0, 1, 10), 'ARG CODE=0'));
    assert.equal(buildFailure(vscode.languages.getDiagnostics(dockerfile))?.range.start.line, 2, 'an edit of another line keeps it');

    // Enter left CODE at its default, so the rebuild takes the new one rather than repeating 5.
    const rebuilt = await pressingEnter('dockside.image.buildAgain', dockerfile);
    assert.deepEqual(rebuilt.messages, [`information: Built ${tag}.`]);
    assert.equal(buildFailure(vscode.languages.getDiagnostics(dockerfile)), undefined);
  });
});
