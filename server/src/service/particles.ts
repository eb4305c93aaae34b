/**
 * Korean particles after a word, chosen by how the word ends when read aloud:
 * `EXPOSE를` (익스포즈), `RUN을` (런), `SHELL로` (셸), `-p를` (피), `8080으로`
 * (팔천팔십), `web과` (웹).
 *
 * Korean text is written with a particle's double form after an interpolated
 * word (`${name}을(를)`, `${value}(으)로`), and `resolveParticles` picks the
 * form when the text is shown. The double form stays only where the sound
 * cannot be known (a symbol, another script).
 */

/** How a word ends when read in Korean: a vowel, ㄹ, or another final consonant (받침). */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

/** Each double form, as written in the source, with its form after a consonant and after a vowel. */
const particles = {
  '은(는)': ['은', '는'],
  '이(가)': ['이', '가'],
  '을(를)': ['을', '를'],
  '과(와)': ['과', '와'],
  '(으)로': ['으로', '로'],
  '(이)라는': ['이라는', '라는'],
  '(이)나': ['이나', '나'],
} as const satisfies Record<string, readonly [afterConsonant: string, afterVowel: string]>;

export type Particle = keyof typeof particles;

/** The particle for `word`: `particle('EXPOSE', '을(를)')` is `를`; the double form when unknowable. */
export function particle(word: string, double: Particle): string {
  const sound = finalSound(word);
  if (sound === undefined) return double;
  const [afterConsonant, afterVowel] = particles[double];
  // (으)로 is 로 after ㄹ as after a vowel: 셸로, not 셸으로.
  if (sound === 'vowel' || (sound === 'rieul' && double === '(으)로')) return afterVowel;
  return afterConsonant;
}

const doubleForms = new RegExp(
  Object.keys(particles)
    .map((form) => form.replace(/[()]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Every double-form particle in `text`, resolved against the word written right before it. */
export function resolveParticles(text: string): string {
  return text.replace(doubleForms, (double, offset: number) => particle(text.slice(0, offset), double as Particle));
}

// ---- The last sound of a word ---------------------------------------------------------------------

const hangulFirst = 0xac00;
const hangulLast = 0xd7a3;
const finalConsonants = 28;
const rieulFinal = 8;

/** Quotes, punctuation and the like after a word do not change how it ends: `'RUN'을`, `` `-p`를 ``. */
const trailing = /[\s'"`\u2019\u201d\u00bb\]}>*/.,:;!?]+$/;

/**
 * How `text` ends when read aloud in Korean; `undefined` when that cannot be
 * known (it ends in a symbol or in a script other than Hangul and Latin).
 */
export function finalSound(text: string): FinalSound | undefined {
  // A symbol standing on its own is said by its name: `/`(슬래시)가, `:`(콜론)으로, `-`(대시)로.
  const symbol = /(?:^|[\s'"`(])([^\sA-Za-z0-9\uAC00-\uD7A3'"`()])[\s'"`]*$/.exec(text);
  if (symbol && symbolSounds[symbol[1]]) return symbolSounds[symbol[1]];
  const trimmed = text.replace(trailing, '');
  if (trimmed.endsWith(')')) return parenthesisSound(trimmed);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last >= hangulFirst && last <= hangulLast) {
    const final = (last - hangulFirst) % finalConsonants;
    return final === 0 ? 'vowel' : final === rieulFinal ? 'rieul' : 'consonant';
  }
  // IPv4, IPv6 are said in English: 아이피브이포, 아이피브이식스.
  if (/IPv[46]$/i.test(trimmed)) return 'vowel';
  const digits = /(\d+)$/.exec(trimmed);
  if (digits) return numberSound(digits[1], trimmed.slice(0, digits.index));
  const letters = /[A-Za-z]+$/.exec(trimmed);
  if (!letters) return undefined;
  // `-it`, `--it`, `-dp`: one-letter options, each letter said by its name.
  if (/(?:^|\s)-[A-Za-z]+$|-[A-Za-z]{1,2}$/.test(trimmed)) return letterSound(letters[0]);
  return wordSound(/[A-Z]+[a-z]*$|[a-z]+$/.exec(letters[0])![0]);
}

const symbolSounds: Readonly<Record<string, FinalSound>> = {
  '/': 'vowel', // 슬래시
  '\\': 'vowel', // 백슬래시
  ':': 'consonant', // 콜론
  ';': 'consonant', // 세미콜론
  '-': 'vowel', // 대시
  '*': 'vowel', // 별표
  '=': 'vowel', // 등호
  '|': 'vowel', // 파이프
  ',': 'vowel', // 쉼표
};

/**
 * A parenthesis glued to a word is an aside, and the particle goes with the
 * word: `이름(\`db\`)으로`, `\`weight\`(10~1000)로`. One that stands alone is the
 * word itself: `"(없음)"이`.
 */
function parenthesisSound(text: string): FinalSound | undefined {
  let depth = 0;
  for (let open = text.length - 1; open >= 0; open--) {
    if (text[open] === ')') depth++;
    else if (text[open] === '(' && --depth === 0) {
      const before = text.slice(0, open);
      const mark = before[before.length - 1];
      const closesQuote = mark !== undefined && '`"\''.includes(mark) && before.split(mark).length % 2 === 1;
      const glued = mark !== undefined && (closesQuote || !/[\s`"'(\[{]/.test(mark));
      return finalSound(glued ? before : text.slice(open + 1, -1));
    }
  }
  return finalSound(text.slice(0, -1));
}

// ---- Numbers ---------------------------------------------------------------------------------------

/** 영 일 이 삼 사 오 육 칠 팔 구: how each digit is read on its own. */
const digitSounds: readonly FinalSound[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];

/**
 * `80` 팔십, `3000` 삼천, `443` 사백사십삼, `10000` 만: a number ends in its last
 * non-zero digit, or in the unit its trailing zeros make (십 백 천 만 억 are all
 * consonants). Versions (`1.27`), numbers with leading zeros (`0755`) and long
 * ids are read digit by digit.
 */
function numberSound(digits: string, before: string): FinalSound {
  const digitByDigit = /\d\.$/.test(before) || (digits.length > 1 && digits.startsWith('0')) || digits.length > 12;
  if (digitByDigit || /^0+$/.test(digits)) return digitSounds[Number(digits[digits.length - 1])];
  const zeros = /0*$/.exec(digits)![0].length;
  return zeros === 0 ? digitSounds[Number(digits[digits.length - 1])] : 'consonant';
}

// ---- Latin letters and English words ---------------------------------------------------------------

/** Letters said by name: 엘 엠 엔 알 end in a consonant, every other letter in a vowel (에이, 비, 씨 …). */
function letterSound(letters: string): FinalSound {
  const last = letters[letters.length - 1].toLowerCase();
  if (last === 'l' || last === 'r') return 'rieul';
  return last === 'm' || last === 'n' ? 'consonant' : 'vowel';
}

/**
 * The endings of English words as Korean writes them (외래어 표기법), most
 * specific first. Anything else ends in a vowel: a written vowel (`copy` 카피),
 * a silent `e` (`expose` 익스포즈), `r` (`docker` 도커), or a consonant that
 * takes 으 (`build` 빌드, `host` 호스트, `tag` 태그).
 */
const wordEndings: readonly [RegExp, FinalSound][] = [
  // Spellings that go against the rules below.
  [/(?:check|hub|sub|exec|exit|edit)$/, 'vowel'], // 체크, 허브, 서브, 엑섹, 엑시트, 에디트
  [/dir$/, 'rieul'], // 워크디알
  [/(?:out|ook|eep|ype|oup)$/, 'consonant'], // 타임아웃, 훅, 슬립, 타입, 그룹
  [/ng$/, 'consonant'], // 로깅, 스트링
  [/l(?:l|e)?$/, 'rieul'], // 셸, 레이블, 파일
  [/me?$/, 'consonant'], // 프롬, 볼륨
  [/ne?$/, 'consonant'], // 런, 알파인
  // A p, t, k (or b) right after one short vowel becomes a final consonant: 앱, 커밋, 스택, 웹.
  [/(?:^|[^aeiou])[aeiou](?:pp?|tt?|ck|k|c|bb?)$/, 'consonant'],
];

/** A word of letters (one case-run of a name): read as a word, or spelled when it cannot be read. */
function wordSound(word: string): FinalSound {
  const upper = word === word.toUpperCase();
  // `IP`, `CMD`, `SSH`, `npm`: too short or vowelless to read, so spelled out.
  if (word.length <= (upper ? 2 : 1) || !/[aeiouy]/i.test(word)) return letterSound(word);
  const lower = word.toLowerCase();
  return wordEndings.find(([ending]) => ending.test(lower))?.[1] ?? 'vowel';
}
