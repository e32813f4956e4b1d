// The scope matrix's rows of the acts after a decision (scope-matrix.test.ts of the module): each place's unit is
// the decision body, the 承办单位 and, once named, the implementing unit, so its own legal officer and head keep it
// and the government's leaders of the region decide with it. A decision starts published from the fixture, and the
// state an act needs (implementation named, progress reported, archived) is written as rows, not through the API.
import { randomUUID } from 'node:crypto';
import type { Answers, MatrixRow, Place, ScopeWorld } from '../../../../../test/scope-matrix';
import '../tables';
import { publishedDecision } from './published-decision';

const stages = ['published', 'assigned', 'reported', 'archived'] as const;
type Stage = (typeof stages)[number];

async function decisionAfterIn(w: ScopeWorld, p: Place, stage: Stage) {
  const db = w.env.services.db;
  const today = w.env.services.clock.today();
  const id = await publishedDecision(w.env.services, {
    regionCode: p.regionCode,
    bodyOrgId: p.orgId,
    sponsorOrgId: p.orgId,
    title: `矩阵执行决策${p.target}${w.unique()}`,
  });
  const row = { region_code: p.regionCode, decision_id: id };
  if (stages.indexOf(stage) >= 1)
    await db
      .insertInto('decision_implementations')
      .values({
        ...row,
        id: randomUUID(),
        org_id: p.orgId,
        is_lead: true,
        assigned_on: today,
        assignment_record: '矩阵',
      })
      .execute();
  if (stages.indexOf(stage) >= 2)
    await db
      .insertInto('decision_progress_reports')
      .values({
        ...row,
        id: randomUUID(),
        org_id: p.orgId,
        reported_on: today,
        progress: '矩阵',
        problem: null,
        problem_detail: null,
        reported_by: null,
      })
      .execute();
  if (stage === 'archived')
    await db
      .insertInto('decision_archives')
      .values({
        ...row,
        archived_on: today,
        archived_by: null,
        case_file: Buffer.from('%PDF-1.7 矩阵'),
        case_file_sm3: '0'.repeat(64),
        manifest: '{}',
        manifest_sm3: '0'.repeat(64),
      })
      .execute();
  return id;
}

const base = '/api/decisions';
const act = (path: string, stage: Stage, payload: (p: Place) => unknown) => ({
  request: async (w: ScopeWorld, p: Place) => ({
    method: 'POST' as const,
    url: `${base}/${await decisionAfterIn(w, p, stage)}/${path}`,
    payload: payload(p),
  }),
  anonymous: 401 as const,
});
const read = (path: string, stage: Stage) => ({
  request: async (w: ScopeWorld, p: Place) => ({ url: `${base}/${await decisionAfterIn(w, p, stage)}/${path}` }),
  anonymous: 401 as const,
});

export function decisionAfterRows(t: {
  reads: (ok: number | 'listed') => Answers;
  keeps: (ok: number) => Answers;
  keptBy: (keepers: Answers) => Answers;
}): MatrixRow[] {
  const decides = t.keptBy({ legal: [200, 404, 404, 404], head: [200, 404, 404, 404], leader: [200, 200, 200, 404] });
  return [
    { route: 'GET /api/decisions/:id/after', ...read('after', 'assigned'), expect: t.reads(200) },
    {
      route: 'POST /api/decisions/:id/implementation',
      ...act('implementation', 'published', (p) => ({
        units: [{ orgId: p.orgId, lead: true }],
        assignmentRecord: '矩阵',
      })),
      expect: decides,
    },
    {
      route: 'POST /api/decisions/:id/progress-reports',
      ...act('progress-reports', 'assigned', (p) => ({ implementerOrgId: p.orgId, progress: '矩阵执行情况' })),
      // the implementing unit's own staff; the leaders read it and do not report for the unit
      expect: t.keeps(200),
    },
    {
      route: 'POST /api/decisions/:id/evaluations',
      ...act('evaluations', 'assigned', () => ({
        trigger: 'body_decided',
        triggerDetail: '矩阵',
        evaluatorName: '矩阵评估机构',
        participants: '矩阵',
        evaluationReport: '矩阵评估报告',
        conclusion: 'continue',
      })),
      expect: decides,
    },
    {
      route: 'POST /api/decisions/:id/adjustments',
      // a major adjustment (第三十七条), which also starts the changed decision's own record: the body's leaders
      // decide it as they decide a minor one
      ...act('adjustments', 'published', () => ({
        kind: 'major',
        reason: '矩阵',
        decisionRecord: '矩阵',
        content: '矩阵',
      })),
      expect: decides,
    },
    {
      route: 'POST /api/decisions/:id/suspension',
      ...act('suspension', 'published', () => ({ situation: 'problem_found', reason: '矩阵', decisionRecord: '矩阵' })),
      expect: decides,
    },
    {
      route: 'POST /api/decisions/:id/stop',
      ...act('stop', 'published', () => ({ reason: '矩阵', meetingKind: 'plenary', decisionRecord: '矩阵' })),
      expect: decides,
    },
    {
      route: 'POST /api/decisions/:id/accountability',
      ...act('accountability', 'published', () => ({
        person: '矩阵人员',
        article: 'art39',
        accountabilityFinding: '矩阵',
        handlingBody: '矩阵机关',
        handling: '矩阵',
      })),
      expect: decides,
    },
    { route: 'POST /api/decisions/:id/archive', ...act('archive', 'reported', () => ({})), expect: decides },
    {
      route: 'GET /api/decisions/:id/archive/case-file.pdf',
      ...read('archive/case-file.pdf', 'archived'),
      expect: t.reads(200),
    },
    {
      route: 'GET /api/decisions/:id/archive/manifest.json',
      ...read('archive/manifest.json', 'archived'),
      expect: t.reads(200),
    },
  ];
}
