// Word segmentation with @node-rs/jieba. Building a Jieba instance parses the ~5 MB default dictionary (≈200 ms), so
// one instance is created on first use and shared; the domain words of ./lexicon are appended to it.
import { Jieba } from '@node-rs/jieba';
// with its extension: plain Node ESM (the bundled server) resolves no bare file name in a package without exports
import { dict } from '@node-rs/jieba/dict.js';
import { DOMAIN_DICTIONARY } from './lexicon';

let instance: Jieba | undefined;

export function jieba(): Jieba {
  if (instance === undefined) {
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
