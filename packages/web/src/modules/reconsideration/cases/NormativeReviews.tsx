// 规范性文件附带审查 (第十三条、第五十六条至第六十条): the case's incidental reviews — the document and clauses, how it
// is handled, the issuer's or the competent body's reply, the review request opened for a platform document, the
// outcome — and, where the server offers them, the forms to open one (which suspends the hearing), record a step and
// record the outcome (which resumes it).
import {
  normativeReviewOutcomeLabels,
  normativeReviewRouteLabels,
  normativeReviewSourceLabels,
  normativeReviewStepLabels,
  reviewableDocumentKindLabels,
} from '@fazhi/core/modules';
import type { CataloguePage, ReconsiderationCase } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Card, Descriptions, Form, Input, Radio, Select } from 'antd';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';
import { displayDate } from '../../../shell/datetime';
import { options, required } from './form-options';

type Values = Record<string, unknown>;
type Review = ReconsiderationCase['normativeReviews'][number];

/** The steps the review's route has, not yet recorded, in order. */
function nextSteps(r: Review) {
  const steps: (keyof typeof normativeReviewStepLabels)[] =
    r.route === 'self'
      ? [
          ...(r.issuerNotifiedOn ? [] : ['issuer-notified' as const]),
          ...(r.issuerNotifiedOn && !r.issuerRepliedOn ? ['issuer-replied' as const] : []),
        ]
      : [
          ...(r.forwardedOn ? [] : ['forwarded' as const]),
          ...(r.forwardedOn && !r.forwardeeRepliedOn ? ['forwardee-replied' as const] : []),
        ];
  return steps.map((s) => ({ value: s, label: normativeReviewStepLabels[s] }));
}

export default function NormativeReviews({
  c,
  onDone,
}: {
  c: ReconsiderationCase;
  onDone: (c: ReconsiderationCase) => void;
}) {
  const post = (path: string) => async (body: Values) =>
    onDone(await api.post<ReconsiderationCase>(`/reconsideration-cases/${c.id}/${path}`, body));
  const [documents, setDocuments] = useState<{ value: string; label: string }[]>([]);
  // the platform's public catalogue of documents in force (the normative-documents module's portal answer)
  const searchDocuments = async (q: string) => {
    if (!q.trim()) return;
    const page = await api.get<CataloguePage>('/public/normative-documents', { q, pageSize: 20 });
    setDocuments(page.items.map((d) => ({ value: d.id, label: `《${d.title}》${d.issuerName}` })));
  };
  const open = c.normativeReviews.find((r) => !r.concludedOn);
  const a = c.abilities;
  if (c.normativeReviews.length === 0 && !a['open-normative-review']) return null;
  const steps = open ? nextSteps(open) : [];
  return (
    <Card size="small" title="规范性文件附带审查（第五十六条至第六十条）">
      {c.normativeReviews.map((r) => (
        <Descriptions key={r.id} size="small" column={2} bordered style={{ marginBottom: 8 }}>
          <Descriptions.Item label="规范性文件" span={2}>
            《{r.documentTitle}》（{r.issuerName}；{reviewableDocumentKindLabels[r.documentKind]}）
            {r.normativeRequestTracking && `，已提出审查建议 ${r.normativeRequestTracking}`}
          </Descriptions.Item>
          <Descriptions.Item label="审查的条款及理由" span={2}>
            {r.clauses}
          </Descriptions.Item>
          <Descriptions.Item label="来源">{normativeReviewSourceLabels[r.source]}</Descriptions.Item>
          <Descriptions.Item label="处理方式">
            {normativeReviewRouteLabels[r.route]}（{displayDate(r.openedOn)}起）
          </Descriptions.Item>
          {r.issuerNotifiedOn && (
            <Descriptions.Item label="书面通知制定机关">{displayDate(r.issuerNotifiedOn)}</Descriptions.Item>
          )}
          {r.issuerRepliedOn && (
            <Descriptions.Item label="制定机关书面答复">
              {displayDate(r.issuerRepliedOn)}：{r.issuerReply}
            </Descriptions.Item>
          )}
          {r.forwardedOn && (
            <Descriptions.Item label="转送">
              {displayDate(r.forwardedOn)}转送{r.forwardeeName}
            </Descriptions.Item>
          )}
          {r.forwardeeRepliedOn && (
            <Descriptions.Item label="处理意见">
              {displayDate(r.forwardeeRepliedOn)}：{r.forwardeeReply}
            </Descriptions.Item>
          )}
          {r.outcome && (
            <Descriptions.Item label="办结" span={2}>
              {displayDate(r.concludedOn)} {normativeReviewOutcomeLabels[r.outcome]}：{r.conclusion}
            </Descriptions.Item>
          )}
        </Descriptions>
      ))}
      {a['open-normative-review'] && !open && (
        <FormCard<Values>
          title="提起附带审查（中止审理，第三十九条第一款第九项）"
          fields={[
            'reviewSource',
            'documentKind',
            'documentTitle',
            'issuerName',
            'clauses',
            'normativeDocumentId',
            'reviewRoute',
            'reviewOpenedOn',
          ]}
          submitLabel="提起附带审查"
          initialValues={{ reviewSource: 'applicant', reviewRoute: 'self', documentKind: 'local-government' }}
          onSubmit={post('normative-reviews')}
        >
          <Form.Item name="reviewSource" label="来源">
            <Radio.Group options={options(normativeReviewSourceLabels)} />
          </Form.Item>
          <Form.Item name="documentKind" label="规范性文件的种类（第十三条，不含规章）">
            <Select options={options(reviewableDocumentKindLabels)} aria-label="规范性文件的种类" />
          </Form.Item>
          <Form.Item name="documentTitle" label="文件名称" rules={required('请填写文件名称')}>
            <Input maxLength={200} aria-label="规范性文件名称" />
          </Form.Item>
          <Form.Item name="issuerName" label="制定机关" rules={required('请填写制定机关')}>
            <Input maxLength={100} aria-label="制定机关" />
          </Form.Item>
          <Form.Item name="normativeDocumentId" label="本平台公布的规范性文件（如是，将同时提出审查建议）">
            <Select
              showSearch
              allowClear
              filterOption={false}
              onSearch={(q) => void searchDocuments(q)}
              options={documents}
              placeholder="输入文件名称检索"
              aria-label="本平台公布的规范性文件"
            />
          </Form.Item>
          <Form.Item name="clauses" label="审查的条款及理由" rules={required('请写明条款及理由')}>
            <Input.TextArea rows={2} aria-label="审查的条款及理由" />
          </Form.Item>
          <Form.Item name="reviewRoute" label="处理方式">
            <Radio.Group options={options(normativeReviewRouteLabels)} />
          </Form.Item>
          <Form.Item name="reviewOpenedOn" label="开始日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {open && a['record-normative-review-step'] && steps.length > 0 && (
        <FormCard<Values>
          title="记录附带审查的办理情况"
          fields={['reviewStep', 'normativeReplyText', 'forwardeeName', 'reviewStepOn']}
          submitLabel="记录"
          initialValues={{ reviewStep: steps[0]?.value }}
          onSubmit={(v) => post('normative-review-steps')({ ...v, reviewId: open.id })}
        >
          <Form.Item name="reviewStep" label="办理事项">
            <Radio.Group options={steps} />
          </Form.Item>
          <Form.Item name="forwardeeName" label="接受转送的机关（转送时填写）">
            <Input maxLength={100} aria-label="接受转送的机关" />
          </Form.Item>
          <Form.Item name="normativeReplyText" label="书面答复或者处理意见（收到时填写）">
            <Input.TextArea rows={2} aria-label="书面答复或者处理意见" />
          </Form.Item>
          <Form.Item name="reviewStepOn" label="日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {open && a['conclude-normative-review'] && (
        <FormCard<Values>
          title="附带审查办结（恢复审理）"
          fields={['reviewOutcome', 'conclusionText', 'concludedOn']}
          submitLabel="记录办结"
          initialValues={{ reviewOutcome: open.route === 'self' ? 'lawful' : 'forwardee-opinion' }}
          onSubmit={(v) => post('normative-review-outcome')({ ...v, reviewId: open.id })}
        >
          <Form.Item name="reviewOutcome" label="结果">
            <Radio.Group options={options(normativeReviewOutcomeLabels)} />
          </Form.Item>
          <Form.Item name="conclusionText" label="处理意见" rules={required('请填写处理意见')}>
            <Input.TextArea rows={2} aria-label="附带审查的处理意见" />
          </Form.Item>
          <Form.Item name="concludedOn" label="办结日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
    </Card>
  );
}
