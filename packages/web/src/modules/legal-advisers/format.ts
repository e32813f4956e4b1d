// The colours this module's pages give a review's standing and a contract's standing.
import type { LegalAdviser, LegalReviewMatterRow } from '@fazhi/core/contracts';

export const standingColour: Record<LegalReviewMatterRow['standing'], string> = {
  not_sent: 'default',
  pending: 'processing',
  passed: 'success',
  passed_with_changes: 'warning',
  failed: 'error',
};

export const contractColour: Record<NonNullable<LegalAdviser['standing']>, string> = {
  not_started: 'default',
  in_force: 'success',
  lapsing: 'warning',
  lapsed: 'error',
};
