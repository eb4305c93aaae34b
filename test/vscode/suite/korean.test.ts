/**
 * Korean in the real workbench: with the docs in Korean, a hover's Korean
 * text is drawn with a font that has Korean glyphs, not as boxes. The vscode
 * tier requires such a font (test/run.mjs; `.ci/run` installs fonts-noto-cjk).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { DocksideApi } from '../../../client/src/extension';
import { workbench } from './support';

/** Font families installed with Korean coverage, as fontconfig lists them. */
function koreanFontFamilies(): string[] {
  return execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' })
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((family) => family.trim())
    .filter((family) => family !== '');
}

describe('Korean UI', () => {
  before(async () => {
    await vscode.workspace.getConfiguration('dockside.docs').update('language', 'ko', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('dockside.docs').update('language', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('draws a Korean hover with a font that has Korean glyphs', async function () {
    const page = workbench();
    if (!page) return this.skip();
    const families = koreanFontFamilies();
    assert.ok(families.length > 0, 'a Korean font is installed (fonts-noto-cjk or fonts-nanum)');
    await (await vscode.extensions.getExtension<DocksideApi>('dockside.dockside')!.activate()).languageClientReady;

    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine:3.20\nWORKDIR /app\n' });
    const editor = await vscode.window.showTextDocument(document);
    const position = new vscode.Position(1, 2);
    // The hover in Korean, as the language server answers it; its first Korean words are looked for on screen.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
    const korean = /[가-힣]+(?: [가-힣]+)*/.exec(text)?.[0];
    assert.ok(korean, `the hover is in Korean: ${text.slice(0, 200)}`);

    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    await page.elements('.monaco-hover-content', korean);
    const drawn = await page.fonts('.monaco-hover-content .rendered-markdown p');
    const used = drawn.flatMap((element) => element.fonts.map((font) => font.familyName));
    assert.ok(
      used.some((family) => families.includes(family)),
      `the hover text was drawn with a Korean font (${families.slice(0, 3).join(', ')}…); used: ${[...new Set(used)].join(', ')}`,
    );
  });
});
