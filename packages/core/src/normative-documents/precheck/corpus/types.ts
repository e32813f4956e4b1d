import type { PrecheckCategory } from '../types';

/** One labelled example: what a reviewer applying the statutes would flag in `text` (an empty list = clean). */
export interface CorpusEntry {
  text: string;
  expected: PrecheckCategory[];
  /** Why, in the reviewer's words. */
  note: string;
  title?: string;
  issuer?: string;
  publicationDate?: string;
}
