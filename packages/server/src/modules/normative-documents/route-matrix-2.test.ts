// The normative-documents scope matrix (rows in route-matrix-rows.ts), part 2 of 2: alternate rows, so the two
// halves run in parallel; part 1 also checks that every route of the module has a row.
import { scopeMatrix } from '../../../test/scope-matrix';
import { normativeMatrix } from './route-matrix-rows';

scopeMatrix({
  title: 'normative documents (2/2)',
  modules: ['normative-documents'],
  rows: normativeMatrix.rows,
  part: { index: 1, of: 2 },
});
