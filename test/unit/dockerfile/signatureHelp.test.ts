/** Signature help: the instruction's syntax, the exec form when used, the active argument. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MarkupContent, SignatureHelpContext, SignatureHelpTriggerKind } from 'vscode-languageserver';
import { dockerfileMode } from '../../../server/src/service/dockerfile/mode';
import { signatureHelpBesideCompletion } from '../../../server/src/service/signatureHelp';
import { signatureHelp } from '../../../server/src/service/dockerfile/signatureHelp';
import { context, eols, parse } from './features.support';

for (const [eolName, eol] of eols) {
  const help = (source: string) => {
    const { ast, cursor } = parse(source, eol);
    const result = signatureHelp(ast, cursor, context());
    if (!result) return null;
    const signature = result.signatures[result.activeSignature ?? 0];
    const parameter = signature.parameters?.[result.activeParameter ?? 0];
    const label = Array.isArray(parameter?.label) ? signature.label.slice(parameter.label[0], parameter.label[1]) : parameter?.label;
    return { signature: signature.label, parameter: label, documentation: (signature.documentation as MarkupContent | undefined)?.value };
  };

  describe(`Dockerfile signature help (${eolName})`, () => {
    test('COPY: options, then source, then destination', () => {
      assert.deepEqual(help('FROM a:1\nCOPY --chown=1000 |')?.parameter, '<src>');
      assert.deepEqual(help('FROM a:1\nCOPY --ch|own=1000 a b')?.parameter, '[OPTIONS]');
      assert.equal(help('FROM a:1\nCOPY a.txt b.txt |')?.parameter, '<dest>');
      assert.match(help('FROM a:1\nCOPY |')!.signature, /^COPY \[OPTIONS\] <src> \.\.\. <dest>$/);
    });

    test('the exec form is chosen for a JSON array', () => {
      assert.match(help('FROM a:1\nCMD ["node", |"x"]')!.signature, /^CMD \["executable"/);
      assert.equal(help('FROM a:1\nCMD node |')!.signature, 'CMD command param1 param2');
    });

    test('in Korean, the placeholders are Korean and the active one still follows the cursor', () => {
      const { ast, cursor } = parse('FROM a:1\nCOPY --chown=1000 a.txt |', eol);
      const result = signatureHelp(ast, cursor, context({ language: 'ko' }))!;
      const signature = result.signatures[result.activeSignature ?? 0];
      assert.equal(signature.label, 'COPY [옵션] <원본> ... <대상>');
      const parameter = signature.parameters![result.activeParameter ?? 0].label as [number, number];
      assert.equal(signature.label.slice(parameter[0], parameter[1]), '<대상>');
    });

    test('FROM, with documentation; nothing on the keyword itself', () => {
      const result = help('FROM |');
      assert.match(result!.signature, /^FROM \[--platform=<platform>\] <image>/);
      assert.match(result!.documentation!, /FROM/);
      assert.equal(help('FR|OM a:1'), null);
    });
  });

  describe(`Dockerfile signature help beside completion (${eolName})`, () => {
    const typed = (character: string) => ({ triggerKind: SignatureHelpTriggerKind.TriggerCharacter, triggerCharacter: character, isRetrigger: false });
    const besideCompletion = async (source: string, trigger: SignatureHelpContext) => {
      const { ast, cursor } = parse(source, eol);
      return signatureHelpBesideCompletion(dockerfileMode, ast, cursor, trigger, context());
    };

    test('the keystroke that opens completion does not open signature help too', async () => {
      assert.equal(await besideCompletion('FROM a:1\nCOPY |', typed(' ')), null, 'completion offers COPY\'s flags here');
      assert.equal(await besideCompletion('FROM |', typed(' ')), null, 'completion offers images here');
      assert.equal(await besideCompletion('FROM a:1\nRUN --mount=type=cache,|', typed(',')), null);
    });

    test('where completion has nothing, it opens as usual', async () => {
      const help = await besideCompletion('FROM a:1\nCOPY a.txt |', typed(' '));
      assert.match(help!.signatures[help!.activeSignature ?? 0].label, /^COPY /);
    });

    test('asked for explicitly, or by a client that does not say why, it always answers', async () => {
      assert.ok(await besideCompletion('FROM a:1\nCOPY |', { triggerKind: SignatureHelpTriggerKind.Invoked, isRetrigger: false }));
      const { ast, cursor } = parse('FROM a:1\nCOPY |', eol);
      assert.ok(await signatureHelpBesideCompletion(dockerfileMode, ast, cursor, undefined, context()));
    });
  });
}
