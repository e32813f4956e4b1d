// The major-decisions scope matrix (rows in scope-matrix-rows.ts), part 1 of 2: alternate rows, so the two halves
// run in parallel; part 1 also checks that every route of the listed modules has a row.
import { scopeMatrix } from '../../../test/scope-matrix';
import { decisionsMatrixRows } from './scope-matrix-rows';

scopeMatrix({
  title: 'major decisions (1/2)',
  // written literally: platform/http/field-labels.test.ts reads the modules each matrix covers from the file
  modules: ['major-decisions', 'participation'],
  rows: decisionsMatrixRows,
  part: { index: 0, of: 2 },
});
