// 办理流程: the steps of a normative document's life (国办发〔2018〕37号; 国发〔2008〕17号 (十三)–(十五)) — 起草,
// 公开征求意见, 公平竞争审查, 合法性审核, (after 修改后通过: 按审核意见修改草案,) 集体审议, 登记编号发布, 报送备案, 备案审查,
// 后评估 — each shown as done, in progress, missing or not yet due, with who recorded it and when (from the status
// history and the records).
import { Descriptions, Steps, Tag, Typography } from 'antd';
import { cnDate } from '../normative-format';
import { deliberationDecisionLabels, meetingKindLabels } from '../normative-labels';
import type { NormativeDocument } from '@fazhi/core/contracts';

type StepState = 'done' | 'current' | 'not_needed' | 'pending';
interface Step {
  title: string;
  state: StepState;
  detail: string;
  /** the status-history acts that record this step, latest wins for who/when */
  acts: string[];
}

const at = (state: StepState, detail: string) => ({ state, detail });

function whoWhen(doc: NormativeDocument, acts: string[]): string {
  const h = [...doc.statusHistory].reverse().find((e) => acts.includes(e.act));
  if (!h) return '';
  return `${cnDate(h.actedOn)}${h.actor ? ` · ${h.actor}` : ''}`;
}

export function procedureSteps(doc: NormativeDocument): Step[] {
  const s = doc.status;
  const consultation = doc.consultations.at(-1);
  const legality = doc.reviews.filter((r) => r.kind === 'legality').at(-1);
  const filing = doc.filings.at(-1);
  const evaluation = doc.postEvaluations.at(-1);
  const published = doc.docNumber !== null;
  const filingDone = doc.filingStatus === 'accepted' || doc.filingStatus === 'not_reviewable';
  return [
    { title: '起草', state: 'done', detail: `${doc.draftingOrgName}起草`, acts: ['draft'] },
    {
      title: '公开征求意见',
      acts: ['open-consultation', 'close-consultation', 'exempt-consultation'],
      ...(doc.consultationExemptReason
        ? at('done', `免于公开征求意见：${doc.consultationExemptReason}`)
        : doc.consultationClosedOn
          ? at('done', `${cnDate(consultation?.opensOn)} 至 ${cnDate(doc.consultationClosedOn)}`)
          : s === 'consultation'
            ? at('current', `征求意见中，截止 ${cnDate(consultation?.closesOn)}`)
            : at('pending', '尚未公开征求意见，也未记录免于征求意见的理由')),
    },
    {
      title: '公平竞争审查',
      acts: ['record-fair-competition-review'],
      ...(doc.fairCompetitionPassed === true
        ? at('done', '审查通过')
        : !doc.affectsMarket
          ? at('not_needed', '不涉及市场主体经济活动')
          : doc.fairCompetitionPassed === false
            ? at('pending', '审查未通过，须修改后重新审查')
            : at('pending', '尚未进行公平竞争审查')),
    },
    {
      title: '合法性审核',
      acts: ['submit-for-legality-review', 'record-legality-review'],
      ...(doc.legalityReviewPassed
        ? at('done', legality?.resultLabel ?? '审核通过')
        : s === 'legality_review'
          ? at('current', `${cnDate(legality?.submittedOn)} 报送司法局，审核中`)
          : legality?.result === 'failed'
            ? at('pending', '审核不通过，退回修改')
            : at('pending', '尚未报送合法性审核')),
    },
    // 修改后通过 adds a step of its own: the drafting unit revises the draft by the opinion before 集体审议 (司法部
    // 规范性文件合法性审核 practice; workflow.ts 'revise-after-review'). Other results have no such step.
    ...(legality?.result === 'passed_with_changes'
      ? [
          {
            title: '按审核意见修改草案',
            acts: ['revise-after-review'],
            ...(legality.revisedOn
              ? at('done', `${cnDate(legality.revisedOn)} 按审核意见修改，附修改情况说明`)
              : at('current', '修改后通过：按审核意见修改草案并说明修改情况后，方可提交集体审议')),
          },
        ]
      : []),
    {
      title: '集体审议',
      acts: ['record-deliberation'],
      ...(doc.deliberatedOn
        ? at('done', `${cnDate(doc.deliberatedOn)} 审议通过`)
        : s === 'deliberation'
          ? at('current', '待提交会议审议')
          : s === 'withdrawn'
            ? at('pending', '审议未通过，已撤回')
            : at('pending', '合法性审核通过后提交集体审议')),
    },
    {
      title: '登记、编号、发布',
      acts: ['publish'],
      ...(published
        ? at('done', `${doc.docNumber ?? ''}，${cnDate(doc.publishedOn)} 发布`)
        : s === 'approved'
          ? at('current', '审议通过，待统一登记、编号、发布')
          : at('pending', '未经公开征求意见、合法性审核、集体审议的，不得发布施行')),
    },
    {
      title: '报送备案',
      acts: ['submit-filing'],
      ...(filing?.submittedOn
        ? at('done', `${cnDate(filing.submittedOn)} 报送`)
        : published
          ? at('current', '待报送备案')
          : at('pending', '发布后报送备案')),
    },
    {
      title: '备案审查',
      acts: ['record-filing-review', 'order-correction', 'confirm-correction'],
      ...(filingDone
        ? at('done', doc.filingStatusLabel ?? '')
        : doc.filingStatus === 'submitted' || doc.filingStatus === 'correction_ordered'
          ? at('current', doc.filingStatusLabel ?? '')
          : at('pending', '报送备案后由司法局审查')),
    },
    {
      title: '后评估',
      acts: ['conclude-post-evaluation'],
      ...(evaluation?.status === 'concluded'
        ? at('done', `${cnDate(evaluation.concludedOn)} 作出评估结论`)
        : evaluation
          ? at('current', `评估任务${evaluation.dueOn ? `，${cnDate(evaluation.dueOn)} 前完成` : ''}`)
          : at('pending', doc.expiresOn ? `有效期届满（${cnDate(doc.expiresOn)}）前6个月内开展` : '发布后适时开展')),
    },
  ];
}

const stepStatus = { done: 'finish', current: 'process', not_needed: 'finish', pending: 'wait' } as const;

export function ProcedureSection({ doc }: { doc: NormativeDocument }) {
  const steps = procedureSteps(doc);
  // A step still pending while a later one is done or under way is missing (e.g. consultation skipped so far).
  const lastReached = steps.reduce((n, st, i) => (st.state === 'done' || st.state === 'current' ? i : n), 0);
  const current = steps.findIndex((st) => st.state === 'current');
  return (
    <div data-testid="procedure-steps">
      <Steps
        direction="vertical"
        size="small"
        current={current >= 0 ? current : lastReached}
        items={steps.map((st, i) => {
          const missing = st.state === 'pending' && i < lastReached;
          const who = whoWhen(doc, st.acts);
          return {
            title: (
              <>
                {st.title} {missing && <Tag color="error">尚未完成</Tag>}
                {st.state === 'not_needed' && <Tag>无需办理</Tag>}
                {st.state === 'current' && <Tag color="processing">办理中</Tag>}
              </>
            ),
            status: missing ? 'error' : stepStatus[st.state],
            description: (
              <>
                <div>{st.detail}</div>
                {who && st.state !== 'pending' && <Typography.Text type="secondary">{who}</Typography.Text>}
              </>
            ),
          };
        })}
      />
      {(doc.reviews.length > 0 || doc.deliberations.length > 0) && (
        <Descriptions bordered size="small" column={1} style={{ marginTop: 16 }} title="审查、审核与审议记录">
          {doc.reviews.map((r) => (
            <Descriptions.Item
              key={r.id}
              label={`${r.kind === 'legality' ? '合法性审核' : '公平竞争审查'}（第${r.round}轮）`}
            >
              {r.submittedOn && <div>报送日期：{cnDate(r.submittedOn)}</div>}
              {r.resultLabel ? (
                <div>
                  结论：{r.resultLabel}（{cnDate(r.concludedOn)}）{r.earlyReason && `；提前办结理由：${r.earlyReason}`}
                </div>
              ) : (
                <div>审核中</div>
              )}
              {r.opinion && <div style={{ whiteSpace: 'pre-wrap' }}>意见：{r.opinion}</div>}
              {r.revisionStatement && (
                <div style={{ whiteSpace: 'pre-wrap' }} data-testid="revision-statement">
                  按审核意见修改（{cnDate(r.revisedOn)}）：{r.revisionStatement}
                </div>
              )}
              {r.result === 'passed_with_changes' && !r.revisionStatement && doc.reviewChangesPending && (
                <Typography.Text type="warning">起草单位尚未记录按审核意见修改草案的情况</Typography.Text>
              )}
              {r.checklist.some((c) => c.finding === 'problem') && (
                <div>存在问题的审核事项：{r.checklist.filter((c) => c.finding === 'problem').length} 项</div>
              )}
            </Descriptions.Item>
          ))}
          {doc.deliberations.map((d, i) => (
            <Descriptions.Item key={`d${i}`} label={`集体审议（${meetingKindLabels[d.meetingKind]}）`}>
              {d.meetingName}，{cnDate(d.meetingOn)}：{deliberationDecisionLabels[d.decision]}
              {d.note && <div style={{ whiteSpace: 'pre-wrap' }}>{d.note}</div>}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </div>
  );
}
