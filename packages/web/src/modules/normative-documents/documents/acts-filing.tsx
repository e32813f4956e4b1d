// Acts after publication: 报送备案 by the issuing unit, the justice bureau's forwarding to the upper government and
// the people's congress standing committee, its filing review (accepted, not reviewable, or a correction order),
// the unit's correction report and the bureau's confirmation; then the post-evaluation before expiry.
import { Form, Radio } from 'antd';
import type { PostEvaluationOutcome } from '@fazhi/core/normative-documents';
import { ActButton, compact, DateField, TextField, type ActProps } from './acts-common';
import { postEvaluationOutcomeLabels } from '../normative-labels';

/**
 * The period that applies to this document, as the deadline service computed it: the rule with its basis (the
 * region's own rule where it sets the period) and whether the days are calendar or working days.
 */
function periodIntro(doc: ActProps['doc'], kind: string, act: string): string {
  const d = doc.deadlines.find((x) => x.kind === kind && x.status === 'open');
  if (!d) return '';
  const rule = (d.explanation[0] ?? '').replace(/^期限规则：/, '');
  const method = d.explanation.find((l) => l.startsWith('计算方法：'))?.replace(/^计算方法：/, '') ?? '';
  return `${rule}${method ? `计算方法：${method}` : ''}本件应于${d.due}前${act}。`;
}

export function SubmitFilingAct(p: ActProps) {
  return (
    <ActButton<{ submittedOn?: string }>
      {...p}
      ability="submitFiling"
      label="报送备案"
      path="filing"
      primary
      intro={`${periodIntro(p.doc, 'filing', '报送备案')}备案报告材料可在本页下载。`}
    >
      <DateField name="submittedOn" label="报送日期" />
    </ActButton>
  );
}

export function ForwardFilingAct(p: ActProps) {
  return (
    <ActButton<{ toGovernmentOn?: string; toCongressOn?: string }>
      {...p}
      ability="forwardFiling"
      label="报上级备案"
      path="filing/forwarding"
      intro={`由司法局统一报送上一级人民政府和本级人大常委会备案。${periodIntro(p.doc, 'onward-filing', '报送')}至少填写一个日期。`}
    >
      <DateField name="toGovernmentOn" label="报上级人民政府备案日期" extra="未报送的不填" />
      <DateField name="toCongressOn" label="报人大常委会备案日期" extra="未报送的不填" />
    </ActButton>
  );
}

export function FilingReviewAct(p: ActProps) {
  return (
    <ActButton<{ outcome: 'accepted' | 'not_reviewable'; opinion?: string; reviewedOn?: string }>
      {...p}
      ability="recordFilingReview"
      label="作出备案审查结论"
      path="filing/review"
      primary
      initialValues={{ outcome: 'accepted' }}
      intro="审查发现问题需要纠正的，请使用「通知自行纠正」。"
    >
      <Form.Item name="outcome" label="审查结论" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'accepted', label: '予以备案' },
            { value: 'not_reviewable', label: '不予审查' },
          ]}
        />
      </Form.Item>
      <TextField name="opinion" label="审查意见" rows={3} extra="不予审查的，须说明理由" />
      <DateField name="reviewedOn" label="审查日期" />
    </ActButton>
  );
}

export function OrderCorrectionAct(p: ActProps) {
  // The correction order is a filing-review outcome: the same ability, a separate form.
  return (
    <ActButton<{ opinion: string; orderedOn?: string }>
      {...p}
      ability="recordFilingReview"
      label="通知自行纠正"
      path="filing/correction-order"
      danger
      intro="备案审查发现问题的，向制定机关发出审查意见，通知其自行纠正；纠正期限按本地区规定计算，通知后连同依据显示在本页。"
    >
      <TextField name="opinion" label="审查意见（需纠正的问题）" required />
      <DateField name="orderedOn" label="审查意见日期" />
    </ActButton>
  );
}

export function ReportCorrectionAct(p: ActProps) {
  return (
    <ActButton<{ report: string; reportedOn?: string }>
      {...p}
      ability="reportCorrection"
      label="报告纠正情况"
      path="filing/correction-report"
      primary
    >
      <TextField name="report" label="纠正情况" required />
      <DateField name="reportedOn" label="报告日期" />
    </ActButton>
  );
}

export function ConfirmCorrectionAct(p: ActProps) {
  return (
    <ActButton<{ confirmed: boolean; note?: string }>
      {...p}
      ability="confirmCorrection"
      label="确认纠正"
      path="filing/correction-confirmation"
      primary
      initialValues={{ confirmed: true }}
    >
      <Form.Item name="confirmed" label="纠正是否到位" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: true, label: '确认纠正到位' },
            { value: false, label: '纠正不到位，退回' },
          ]}
        />
      </Form.Item>
      <TextField name="note" label="说明" rows={3} />
    </ActButton>
  );
}

export function StartEvaluationAct(p: ActProps) {
  return (
    <ActButton<{ startedOn?: string }>
      {...p}
      ability="startPostEvaluation"
      label="开展后评估"
      path="post-evaluation/start"
      intro="有效期届满前6个月内组织实施后评估，评估意见作为继续施行、修改或废止的依据。"
    >
      <DateField name="startedOn" label="开始日期" />
    </ActButton>
  );
}

interface ConcludeValues {
  outcome: PostEvaluationOutcome;
  conclusion: string;
  concludedOn?: string;
  renewal?: { publishedOn?: string; effectiveOn?: string; expiresOn?: string };
}

export function ConcludeEvaluationAct(p: ActProps) {
  return (
    <ActButton<ConcludeValues>
      {...p}
      ability="concludePostEvaluation"
      label="作出后评估结论"
      path="post-evaluation/conclusion"
      primary
      toBody={(v) => {
        const renewal = compact(v.renewal ?? {});
        return {
          ...compact({ outcome: v.outcome, conclusion: v.conclusion, concludedOn: v.concludedOn }),
          ...(v.outcome === 'renew' && Object.keys(renewal).length ? { renewal } : {}),
        };
      }}
    >
      <Form.Item name="outcome" label="评估结论" rules={[{ required: true, message: '请选择评估结论' }]}>
        <Radio.Group
          options={Object.entries(postEvaluationOutcomeLabels).map(([value, label]) => ({ value, label }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        />
      </Form.Item>
      <TextField name="conclusion" label="评估意见" required />
      <DateField name="concludedOn" label="评估日期" />
      <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
        {({ getFieldValue }) =>
          getFieldValue('outcome') === 'renew' && (
            <>
              <DateField name={['renewal', 'publishedOn']} label="重新发布日期" />
              <DateField name={['renewal', 'effectiveOn']} label="施行日期" required />
              <DateField name={['renewal', 'expiresOn']} label="有效期截止日期" extra="不填则取最长有效期" />
            </>
          )
        }
      </Form.Item>
    </ActButton>
  );
}
