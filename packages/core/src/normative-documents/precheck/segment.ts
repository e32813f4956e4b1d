// Word segmentation with @node-rs/jieba. Building a Jieba instance parses the ~5 MB default dictionary (≈200 ms), so
// one instance is created on first use and shared; the domain words of ./lexicon are appended to it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { DOMAIN_DICTIONARY } from './lexicon';

// The package is loaded on first use too: importing it loads its native library and reads its dictionaries (about
// 15 MB of memory and 0.1 CPU-s), which every process importing core — each test file, an idle server, `fazhi
// deadline` — would otherwise pay at start. The dictionary with its extension, which plain Node resolves from ESM too.
const require = createRequire(import.meta.url);

let instance: Jieba | undefined;
/** performance.now() of the last use (monotonic; not a business time) */
let lastUse = 0;

export function jieba(): Jieba {
  if (instance === undefined) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    // the dictionary read here rather than through the package's dict.js, which keeps it and the 6 MB IDF table
    // (unused here) in the module cache for the process's life: 11 MB of buffers an idle server would hold
    const j = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
    j.loadDict(new TextEncoder().encode(DOMAIN_DICTIONARY));
    instance = j;
  }
  lastUse = performance.now();
  return instance;
}

/** How long the segmenter has gone unused, in ms; null when it is not loaded. */
export function segmenterIdleMs(): number | null {
  return instance === undefined ? null : performance.now() - lastUse;
}

/**
 * Drops the shared instance (the next use builds it again, about 0.2 CPU-s). Its dictionary, about 40 MiB outside
 * the JavaScript heap, is freed when the garbage collector finalises the instance; see `settleSegmenterMemory`.
 */
export function releaseSegmenter(): boolean {
  const loaded = instance !== undefined;
  instance = undefined;
  return loaded;
}

const TINY_DICTIONARY = new TextEncoder().encode('行政 10 n\n');

/**
 * The native library allocates with its own mimalloc, which hands freed pages back to the system only lazily, in the
 * course of later allocations: after the instance is finalised its dictionary stays resident until the library has
 * allocated and freed enough again. Cutting a text a few thousand times with a one-word instance is such a course
 * (measured in a test process: 132 → 97 MiB after one call, about 0.1 CPU-s; with a single short cut nothing was
 * returned). Call it after the instance has been collected, and collect again after it.
 */
export function settleSegmenterMemory(): void {
  if (instance !== undefined) return;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const tiny = Jieba.withDict(TINY_DICTIONARY);
  for (let i = 0; i < 2000; i++) tiny.cut('行政规范性文件合法性审核'.repeat(10), false);
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
