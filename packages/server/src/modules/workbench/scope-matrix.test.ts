// The route-by-route scope matrix of the workbench module: every registered route has a row (the helper fails on a
// new route without one), and each row states what every kind of person gets for a record in their own unit, a
// sibling unit, the parent unit and another region, and what the public gets. 401 = not signed in.
// The workbench is every signed-in user's console home, so it answers 200 to everyone; the open deadlines on it are
// those whose responsible unit the user reaches with workbench.read and whose record (here a normative document) the
// user may read there. The three separated administrator duties do not hold workbench.read (等保2.0 三级 separation
// of duties), so their to-do list is empty wherever the record sits.
import { scopeMatrix, type Place, type ScopeWorld, type Answers } from '../../../test/scope-matrix';
import { inWriteTransaction } from '../../platform/write';
import { setDeadline } from '../../platform/deadlines';

/** The deadline each place's request set (requests are built once per place, then reused). */
const deadlineOf = new Map<string, string>();

/** An open statutory deadline of a normative document whose responsible unit is the place's, due long ago so it
 * heads every to-do list. */
async function openDeadline(w: ScopeWorld, p: Place) {
  const subjectId = `matrix-${w.unique()}`;
  const d = await inWriteTransaction(w.env.services, w.system, (tx) =>
    setDeadline(tx, {
      regionCode: p.regionCode,
      subjectType: 'normative_document',
      subjectId,
      kind: 'filing',
      label: '报送备案',
      subjectTitle: `矩阵测试记录${subjectId}`,
      link: `/console/test/${subjectId}`,
      ruleId: 'normative.filing',
      from: '2020-03-02',
      responsibleOrgId: p.orgId,
    }),
  );
  return d.id;
}

const answers: Answers = {
  // unit roles: their own unit only (the unit head's subtree holds no other place)
  legal: ['listed', 'unlisted', 'unlisted', 'unlisted'],
  // the enforcement officer has a workbench but may not read normative documents, even of his own unit
  officer: 'unlisted',
  head: ['listed', 'unlisted', 'unlisted', 'unlisted'],
  // region-wide roles: every unit of their county
  reviewer: ['listed', 'listed', 'listed', 'unlisted'],
  leader: ['listed', 'listed', 'listed', 'unlisted'],
  supervisor: ['listed', 'listed', 'listed', 'unlisted'],
  // administrators: no units' to-dos, even with a platform-wide assignment
  sysadmin: 'unlisted',
  secadmin: 'unlisted',
  auditor: 'unlisted',
  otherAdmin: 'unlisted',
  platformAdmin: 'unlisted',
};

scopeMatrix({
  title: 'workbench',
  modules: ['workbench'],
  rows: [
    {
      route: 'GET /api/workbench',
      request: async (w, p) => {
        deadlineOf.set(p.target, await openDeadline(w, p));
        return { url: '/api/workbench' };
      },
      lists: (body, p) =>
        (body as { todos: { deadlineId: string }[] }).todos.some((t) => t.deadlineId === deadlineOf.get(p.target)),
      anonymous: 401,
      expect: answers,
    },
  ],
});
