/**
 * Rendering knowledge entries to Markdown: the reader's language (Korean,
 * English, or Korean then English), pitfalls, values, sources and the Docker
 * link, a hover that stays short, and Markdown that is well-formed for every
 * entry of the knowledge base.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allEntries, getEntry } from '../../../server/src/knowledge/index';
import { noteTitles, renderFull, renderHover } from '../../../server/src/knowledge/render';
import type { KnowledgeEntry } from '../../../server/src/knowledge/types';

function entry(id: string): KnowledgeEntry {
  const found = getEntry(id);
  assert.ok(found, `missing entry ${id}`);
  return found;
}

/** Problems that would make VS Code show broken Markdown; empty when well-formed. */
function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  if (/\bundefined\b|\[object Object\]|\bnull\b/.test(markdown)) problems.push('leaked undefined/null/object');
  let openFence: string | undefined;
  const lines = markdown.split('\n');
  lines.forEach((line, index) => {
    const fence = /^(`{3,})(\w*)\s*$/.exec(line);
    if (fence) {
      if (openFence === undefined) {
        openFence = fence[1];
        if (!fence[2]) problems.push(`line ${index + 1}: code fence without a language`);
      } else if (fence[1] === openFence && !fence[2]) openFence = undefined;
      return;
    }
    if (openFence !== undefined) return;
    // A paragraph line right above `---` turns into a heading instead of a rule.
    if (line === '---' && index > 0 && lines[index - 1].trim() !== '') problems.push(`line ${index + 1}: rule glued to text`);
    if (hasUnclosedCodeSpan(line)) problems.push(`line ${index + 1}: unbalanced backticks: ${line}`);
    for (const link of line.matchAll(/\]\(([^)]*)\)/g)) {
      if (!/^https:\/\/\S+$|^command:dockside\.explain\?\S+$/.test(link[1])) problems.push(`line ${index + 1}: bad link target ${link[1]}`);
    }
  });
  if (openFence !== undefined) problems.push('unclosed code fence');
  const tableRows = lines.filter((line) => line.startsWith('|'));
  const cellCount = (row: string) => row.replace(/\\\|/g, '').split('|').length;
  if (tableRows.length && !tableRows.every((row) => cellCount(row) === cellCount(tableRows[0]))) {
    problems.push('table rows with differing column counts');
  }
  return problems;
}

/** CommonMark code spans: a run of N backticks is closed by the next run of exactly N. */
function hasUnclosedCodeSpan(line: string): boolean {
  const runs = [...line.matchAll(/`+/g)].map((run) => run[0].length);
  while (runs.length) {
    const opening = runs.shift();
    const closing = runs.indexOf(opening ?? 0);
    if (closing < 0) return true;
    runs.splice(0, closing + 1);
  }
  return false;
}

describe('renderHover', () => {
  const expose = entry('dockerfile.instruction.EXPOSE');
  const more = `command:dockside.explain?${encodeURIComponent(JSON.stringify([{ uri: 'file:///Dockerfile', position: { line: 0, character: 1 } }]))}`;

  test('Korean: heading, summary, syntax, pitfalls, related and Docker links marked as English, the note; the details are left to "More…"', () => {
    const hover = renderHover(expose, 'ko', { syntax: ['EXPOSE <포트>[/<프로토콜>]'], more });
    assert.match(hover, /^\*\*`EXPOSE`\*\* — _Dockerfile 명령어_/);
    assert.ok(hover.indexOf(expose.ko.summary) < hover.indexOf('```dockerfile\nEXPOSE <포트>[/<프로토콜>]\n```'), 'summary, then the syntax');
    assert.ok(!hover.includes(expose.ko.details), 'the details are in the Explain view');
    assert.match(hover, /⚠️ 주의/);
    assert.ok(hover.includes('`EXPOSE`만으로는 호스트에서 접속할 수 없습니다'), 'the notes\' EXPOSE pitfall');
    assert.ok(hover.includes('[Docker 문서 (영문)](https://docs.docker.com/reference/dockerfile/#expose)'));
    assert.ok(hover.includes(`[더 보기… (노트로 설명 보기)](${more})`));
    assert.ok(hover.includes(`노트: ${noteTitles['001_845f903225cb8ed7.txt'].ko} › EXPOSE`));
    assert.ok(!hover.includes(expose.en.summary), 'no English in a Korean hover');
    assert.ok(hover.includes('관련: [EXPOSE와 -p(포트 게시) (영문)](https://docs.docker.com/'), 'related concepts by their Korean title, marked as English pages');
  });

  test('English: the same parts in English, links unmarked, without Korean prose', () => {
    const hover = renderHover(expose, 'en', { more });
    assert.match(hover, /_Dockerfile instruction_/);
    assert.ok(hover.includes(expose.en.summary) && !hover.includes(expose.en.details));
    assert.match(hover, /⚠️ Pitfalls/);
    assert.ok(hover.includes('`EXPOSE` alone does not make the port reachable'));
    assert.ok(hover.includes('[Docker reference](https://docs.docker.com/reference/dockerfile/#expose)'));
    assert.ok(hover.includes(`[More… (Explain with the Notes)](${more})`));
    assert.ok(hover.includes(`From the notes: ${noteTitles['001_845f903225cb8ed7.txt'].en} › EXPOSE`));
    assert.ok(!hover.includes(expose.ko.summary));
    assert.ok(hover.includes('See also: [EXPOSE vs -p (publishing ports)](https://docs.docker.com/'));
  });

  test('both: Korean first, then English', () => {
    const hover = renderHover(expose, 'both');
    const korean = hover.indexOf(expose.ko.summary);
    const english = hover.indexOf(expose.en.summary);
    assert.ok(korean > 0 && english > korean, 'Korean before English');
    assert.ok(hover.indexOf(expose.pitfalls![0].ko) < hover.indexOf(expose.pitfalls![0].en));
  });

  test('at most three pitfalls; the rest are behind "More…"', () => {
    const many = allEntries().find((item) => (item.pitfalls?.length ?? 0) > 3)!;
    const hover = renderHover(many, 'en');
    assert.equal(hover.match(/^- /gm)?.length, 3);
    assert.ok(!hover.includes(many.pitfalls![3].en));
    assert.ok(renderFull(many, 'en').includes(many.pitfalls![3].en));
  });

  test('no "More…" where the editor cannot follow it; the notes described only when asked, once a session', () => {
    assert.ok(!renderHover(expose, 'ko').includes('더 보기'));
    assert.ok(!renderHover(expose, 'ko').includes('학습 노트 다섯 편'));
    assert.ok(renderHover(expose, 'ko', { introduceNotes: true }).includes('_노트: Dockside에 함께 들어 있는 한국어 도커 학습 노트 다섯 편_'));
    assert.ok(renderHover(expose, 'en', { introduceNotes: true }).includes('_The notes: five Korean Docker study notes bundled with Dockside_'));
  });

  test('concepts are headed by their title in the reader\'s language', () => {
    const layer = entry('concept.layer');
    assert.match(renderHover(layer, 'ko'), /^\*\*이미지 레이어\*\* — _개념_/);
    assert.match(renderHover(layer, 'en'), /^\*\*Image layers\*\* — _Concept_/);
    assert.match(renderHover(layer, 'both'), /^\*\*이미지 레이어 \/ Image layers\*\*/);
  });

  test('the values by name, or just the meaning of the value under the cursor', () => {
    const mount = entry('dockerfile.flag.RUN.--mount');
    const names = renderHover(mount, 'en');
    assert.ok(names.includes('Values: `bind` · `cache` · `tmpfs` · `secret` · `ssh`'));
    assert.ok(!names.includes(mount.values!.cache.en), 'meanings are in the Explain view');

    const cache = renderHover(mount, 'ko', { value: 'cache' });
    assert.ok(cache.includes(`\`cache\`: ${mount.values?.cache.ko}`));
    assert.ok(!cache.includes('`tmpfs`'), 'the other values are left out');
    assert.ok(cache.indexOf(mount.ko.summary) < cache.indexOf('`cache`:'), 'the value right after the summary');
  });

  test('the hover leaves the example out and is shorter than the full text', () => {
    for (const item of allEntries()) {
      for (const language of ['ko', 'en', 'both'] as const) {
        assert.ok(renderHover(item, language).length < renderFull(item, language).length, `${item.id} (${language})`);
      }
    }
    assert.ok(!renderHover(expose, 'en').includes('```'));
  });

  test('every hover in one language is short enough to read without scrolling', () => {
    const syntax = ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'];
    for (const item of allEntries()) {
      for (const language of ['ko', 'en'] as const) {
        // What the reader sees: link targets take no room.
        const shown = renderHover(item, language, { syntax, more, introduceNotes: true }).replace(/\]\([^)]*\)/g, ']');
        assert.ok(shown.length <= 950, `${item.id} (${language}) hover shows ${shown.length} characters`);
        assert.ok(shown.split('\n').length <= 20, `${item.id} (${language}) hover has ${shown.split('\n').length} lines`);
      }
    }
  });
});

describe('renderFull', () => {
  test('Korean: every part of the entry, the example fenced as a Dockerfile', () => {
    const multiStage = entry('concept.multi-stage');
    const full = renderFull(multiStage, 'ko');
    assert.match(full, /^# 멀티 스테이지 빌드\n\n_개념_/);
    assert.ok(full.includes('## 예시\n\n```dockerfile\nFROM maven:3.6 AS build'));
    assert.ok(full.includes('## ⚠️ 주의'));
    assert.ok(full.includes('## 관련 개념'));
    assert.ok(full.includes('- [베이스 이미지 (영문)](https://docs.docker.com/'), 'related concepts by title, linked, marked as English pages');
    assert.ok(full.includes('## 출처'));
    assert.ok(full.includes(`노트: ${noteTitles['004_a7121522d3a0fc39.txt'].ko} › 멀티 스테이지 빌드`));
    assert.ok(full.includes('[Docker 문서 (영문)](https://docs.docker.com/build/building/multi-stage/)'));
  });

  test('both: Korean then English in each section', () => {
    const cmd = entry('dockerfile.instruction.CMD');
    const full = renderFull(cmd, 'both');
    assert.ok(full.indexOf(cmd.ko.summary) < full.indexOf(cmd.en.summary));
    assert.ok(full.includes('## ⚠️ 주의 / Pitfalls'));
    const pitfall = cmd.pitfalls?.[0];
    assert.ok(pitfall);
    assert.ok(full.includes(`- ${pitfall.ko}\n\n  ${pitfall.en}`), 'each pitfall in Korean, then English');
    assert.ok(full.includes('## 값 / Values') === false, 'no values section without values');
    assert.ok(full.includes('[Docker 문서 (영문) / Docker reference](https://docs.docker.com/reference/dockerfile/#cmd)'));
  });

  test('fences examples in their language: YAML for Compose, shell for commands, text for ignore files', () => {
    assert.match(renderFull(entry('concept.compose'), 'en'), /```yaml\nservices:/);
    assert.match(renderFull(entry('concept.tag'), 'en'), /```shell\ndocker pull mysql:5\.7/);
    assert.match(renderFull(entry('concept.dockerignore'), 'en'), /```text\nnode_modules/);
    assert.match(renderFull(entry('dockerfile.instruction.RUN'), 'en'), /```dockerfile\nFROM ubuntu:20\.04/);
  });

  test('an example containing a code fence gets a longer fence, so it cannot end early', () => {
    const heredoc: KnowledgeEntry = { ...entry('dockerfile.instruction.RUN'), example: 'RUN echo "```" > fence.md' };
    const full = renderFull(heredoc, 'en');
    assert.ok(full.includes('````dockerfile\nRUN echo "```" > fence.md\n````'), full);
    assert.deepEqual(markdownProblems(full), []);
    assert.ok(renderFull(entry('dockerfile.directive.escape'), 'en').includes('```dockerfile\n# escape=`\n'));
  });
});

describe('every knowledge entry renders to well-formed Markdown', () => {
  test('the Markdown check itself catches what it looks for', () => {
    assert.equal(markdownProblems('```dockerfile\nFROM alpine').length, 1);
    assert.equal(markdownProblems('```\nFROM alpine\n```').length, 1);
    assert.equal(markdownProblems('use `-p without closing').length, 1);
    assert.equal(markdownProblems('[docs](http://docs.docker.com)').length, 1);
    assert.equal(markdownProblems('summary\n---').length, 1);
    assert.equal(markdownProblems('| a | b |\n|---|---|\n| `x` | y | z |').length, 1);
    assert.equal(markdownProblems('value: undefined').length, 1);
    assert.deepEqual(markdownProblems('``# escape=` `` and `-p 80:80`\n\n---\n\n| a \\| b | c |\n|---|---|'), []);
  });

  for (const item of allEntries()) {
    test(item.id, () => {
      for (const language of ['ko', 'en', 'both'] as const) {
        for (const [form, markdown] of [
          ['hover', renderHover(item, language, { syntax: ['X <y>'], more: 'command:dockside.explain?%5B%5D', introduceNotes: true })],
          ['full', renderFull(item, language)],
        ] as const) {
          assert.deepEqual(markdownProblems(markdown), [], `${form} (${language})`);
        }
      }
    });
  }
});
