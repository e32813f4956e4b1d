// Word segmentation with @node-rs/jieba. Building a Jieba instance parses the ~5 MB default dictionary (≈200 ms), so
// one instance is created on first use and shared; the domain words of ./lexicon are appended to it.
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { DOMAIN_DICTIONARY } from './lexicon';

// The package is loaded on first use too: importing it loads its native library and reads its dictionaries (about
// 15 MB of memory and 0.1 CPU-s), which every process importing core — each test file, an idle server, `fazhi
// deadline` — would otherwise pay at start. The dictionary with its extension, which plain Node resolves from ESM too.
const require = createRequire(import.meta.url);

let instance: Jieba | undefined;

export function jieba(): Jieba {
  if (instance === undefined) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    const j = Jieba.withDict(dict);
    j.loadDict(new TextEncoder().encode(DOMAIN_DICTIONARY));
    instance = j;
  }
  return instance;
}

export interface Token {
  word: string;
  /** jieba part-of-speech tag (ICTCLAS style: n noun, v verb, p preposition, c conjunction, uj 的, x punctuation). */
  tag: string;
  /** Offsets into the full input text. */
  start: number;
  end: number;
}

/**
 * Cuts and tags `text` (found at `offset` in the input), with offsets. HMM is off: new-word guessing would merge
 * organ names with the verbs after them, and every term that matters is in the dictionary.
 */
export function segment(text: string, offset = 0): Token[] {
  const tagged = jieba().tag(text, false);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of tagged) {
    // jieba returns the text back piece by piece; indexOf keeps offsets right even if it ever drops a character.
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    cursor = at + word.length;
    if (word.trim() === '') continue;
    tokens.push({ word, tag, start: offset + at, end: offset + cursor });
  }
  return tokens;
}
