// The reconsideration scope matrix: one row per route. A case sits at the 行政复议机构 (the justice bureau) of its
// place's region, so the three places of the demo county share one office and the other county has its own.
import { scopeMatrix } from '../../../test/scope-matrix';
import { reconsiderationMatrixRows } from './scope-matrix-rows';

scopeMatrix({
  title: 'reconsideration',
  // written literally: platform/http/field-labels.test.ts reads the modules each matrix covers from the file
  modules: ['reconsideration'],
  rows: reconsiderationMatrixRows,
});
