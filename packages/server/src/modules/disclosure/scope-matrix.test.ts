// The disclosure scope matrix: one row per route. A request sits at the body asked; its legal staff and head act on
// it, the region's readers read it.
import { scopeMatrix } from '../../../test/scope-matrix';
import { disclosureMatrixRows } from './scope-matrix-rows';

scopeMatrix({
  title: 'disclosure',
  // written literally: platform/http/field-labels.test.ts reads the modules each matrix covers from the file
  modules: ['disclosure'],
  rows: disclosureMatrixRows,
});
