/**
 * Every knowledge entry, from every part of the knowledge base, is complete in
 * both languages, traceable to a real section of a real note, links to Docker's
 * documentation, and is written in our own words rather than copied from a note.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { allEntries, findByName, getEntry } from '../../../server/src/knowledge/index';
import type { KnowledgeEntry, KnowledgeKind } from '../../../server/src/knowledge/types';

const notesDir = join(resolve(__dirname, '../../../..'), '..', 'shared', 'notes');
const noteFiles = readdirSync(notesDir).filter((name) => name.endsWith('.txt'));
const noteTexts = new Map(noteFiles.map((name) => [name, readFileSync(join(notesDir, name), 'utf8')]));

const hangul = /[\uAC00-\uD7A3]/;

/** The id each kind of entry must have (see types.ts); the title is checked where the id names it. */
const idSchemes: Record<KnowledgeKind, RegExp> = {
  instruction: /^dockerfile\.instruction\.([A-Z]+)$/,
  'instruction-flag': /^dockerfile\.flag\.[A-Z]+\.(--[a-z][a-z-]*)$/,
  directive: /^dockerfile\.directive\.([a-z]+)$/,
  'compose-key': /^compose\.key\.([a-z][a-z0-9_-]*)(?:\.(?:\*|[a-z][a-z0-9_-]*))*$/,
  'cli-command': /^cli\.docker(?: [a-z][a-z0-9-]*)*$/,
  'cli-flag': /^cli\.docker(?: [a-z][a-z0-9-]*)*\.(--?[a-zA-Z0-9][a-zA-Z0-9-]*)$/,
  concept: /^concept\.[a-z0-9]+(?:-[a-z0-9]+)*$/,
};
const titledByItsId: readonly KnowledgeKind[] = ['instruction', 'instruction-flag', 'directive'];

/** Markdown decoration and spacing don't make a copied sentence any less copied. */
function normalize(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The notes' prose as sentences of at least 25 characters: Korean ones, and the
 * English paragraphs quoted from Docker's overview. Command lines are facts, not
 * sentences, so they may be quoted.
 */
function noteSentences(): { korean: string[]; english: string[] } {
  const korean = new Set<string>();
  const english = new Set<string>();
  for (const text of noteTexts.values()) {
    for (const rawLine of text.split(/\r?\n/)) {
      const line = normalize(rawLine.replace(/^[\s#>+*|-]*(?:\d+\.\s*)?/, ''));
      for (const sentence of line.split(/(?<=[.!?])\s+/)) {
        if (sentence.length < 25) continue;
        if (hangul.test(sentence)) korean.add(sentence);
        else if (/^[A-Z]/.test(sentence) && sentence.split(' ').length >= 6) english.add(sentence);
      }
    }
  }
  return { korean: [...korean], english: [...english] };
}

function allText(entry: KnowledgeEntry, lang: 'ko' | 'en'): string {
  return [
    entry[lang].summary,
    entry[lang].details,
    ...(entry.pitfalls ?? []).map((pitfall) => pitfall[lang]),
    ...Object.values(entry.values ?? {}).map((value) => value[lang]),
  ].join('\n');
}

describe('knowledge entries', () => {
  const entries = allEntries();

  test('the knowledge base is not empty and its ids are unique', () => {
    assert.ok(entries.length >= 80, `only ${entries.length} entries`);
    const seen = new Set<string>();
    for (const entry of entries) {
      assert.ok(!seen.has(entry.id), `duplicate id ${entry.id}`);
      seen.add(entry.id);
    }
  });

  test('the five notes are where the sources say', () => {
    assert.equal(noteFiles.length, 5, `notes found: ${noteFiles.join(', ')}`);
  });

  const { korean, english } = noteSentences();

  test('the copy check sees the notes\' prose, so it can catch a copied sentence', () => {
    assert.ok(korean.length > 150, `only ${korean.length} Korean sentences`);
    assert.ok(english.length > 10, `only ${english.length} English sentences`);
    assert.ok(korean.includes('볼륨은 컨테이너와 호스트 운영체제 간에 데이터를 공유하거나 저장하기 위한 기능이다.'));
    assert.ok(english.some((sentence) => sentence.startsWith('Docker Hub is a public registry that anyone can use')));
  });

  for (const entry of entries) {
    describe(entry.id, () => {
      test('id follows the scheme of its kind, and the title matches it', () => {
        const match = idSchemes[entry.kind].exec(entry.id);
        assert.ok(match, `${entry.id} does not fit the ${entry.kind} id scheme`);
        assert.ok(entry.title.trim(), 'empty title');
        if (titledByItsId.includes(entry.kind)) assert.equal(entry.title, match[1]);
      });

      test('Korean and English summary and details are present, in the right language', () => {
        // Korean packs a sentence into fewer characters than English.
        const minimum = { ko: { summary: 8, details: 12 }, en: { summary: 10, details: 25 } };
        for (const lang of ['ko', 'en'] as const) {
          assert.ok(entry[lang].summary.trim().length >= minimum[lang].summary, `${lang} summary too short`);
          assert.ok(entry[lang].details.trim().length >= minimum[lang].details, `${lang} details too short`);
          assert.ok(!entry[lang].summary.includes('\n'), `${lang} summary is not one line`);
          assert.doesNotMatch(allText(entry, lang), /\bTODO\b|\bTBD\b|\bFIXME\b|lorem ipsum|placeholder/i);
        }
        assert.match(entry.ko.summary, hangul, 'Korean summary has no Hangul');
        assert.match(entry.ko.details, hangul, 'Korean details have no Hangul');
        assert.doesNotMatch(entry.en.summary, hangul, 'English summary contains Hangul');
        assert.doesNotMatch(entry.en.details, hangul, 'English details contain Hangul');
        for (const pitfall of entry.pitfalls ?? []) {
          assert.match(pitfall.ko, hangul, `Korean pitfall without Hangul: ${pitfall.ko}`);
          assert.ok(pitfall.en.trim(), 'empty English pitfall');
        }
        for (const [name, meaning] of Object.entries(entry.values ?? {})) {
          assert.ok(meaning.ko.trim() && meaning.en.trim(), `value ${name} lacks a language`);
        }
        if (entry.localizedTitle) assert.match(entry.localizedTitle.ko + entry.localizedTitle.en, /\S/);
      });

      test('every source is a real section of one of the five notes', () => {
        assert.ok(entry.sources.length >= 1, 'no note reference');
        for (const source of entry.sources) {
          const text = noteTexts.get(source.note);
          assert.ok(text !== undefined, `unknown note ${source.note}`);
          assert.ok(source.section.trim().length >= 2, 'empty section');
          assert.ok(text.includes(source.section), `section "${source.section}" is not in ${source.note}`);
        }
      });

      test('links to Docker documentation over https, and related entries exist', () => {
        assert.match(entry.reference, /^https:\/\/[a-z0-9.-]+\/\S*$/);
        for (const id of entry.related ?? []) {
          assert.equal(getEntry(id)?.kind, 'concept', `related ${id} is not a concept entry`);
          assert.notEqual(id, entry.id, 'relates to itself');
        }
      });

      test('is written in its own words: no sentence of a note is copied', () => {
        const ko = normalize(allText(entry, 'ko'));
        const en = normalize(allText(entry, 'en'));
        for (const sentence of korean) assert.ok(!ko.includes(sentence), `Korean text copies the note: "${sentence}"`);
        for (const sentence of english) assert.ok(!en.includes(sentence), `English text copies the note: "${sentence}"`);
      });
    });
  }
});

describe('knowledge lookups', () => {
  test('finds entries by title or alias, case-insensitively, optionally by kind', () => {
    assert.equal(findByName('run', 'instruction')[0]?.id, 'dockerfile.instruction.RUN');
    assert.equal(findByName('레이어', 'concept')[0]?.id, 'concept.layer');
    assert.equal(findByName('Docker Hub', 'concept')[0]?.id, 'concept.registry');
    assert.deepEqual(findByName('no-such-thing'), []);
  });
});
