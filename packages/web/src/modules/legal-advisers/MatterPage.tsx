// One matter sent for legality review: its package (the text, the annexes described, the unit's own review), each
// round's opinion from the justice bureau — the result, the individual opinions counted, the counsel, the day within
// or after its period — and the unit's answer: the revision after 修改后通过, or the matter sent again after 审核不通过.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import type { LegalReviewMatter } from '@fazhi/core/contracts';
import { consoleLink, legalAdvisersMenu } from '@fazhi/core/modules';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { applyFieldErrors } from '../../shell/errors';
import { displayDate } from '../../shell/datetime';
import { standingColour } from './format';

function AnswerForm(props: {
  id: string;
  path: 'revision' | 'submission';
  title: string;
  text: string;
  onDone: (m: LegalReviewMatter) => void;
}) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title={props.title} style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ matterText: props.text }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            props.onDone(await api.post<LegalReviewMatter>(`/legal-review-matters/${props.id}/${props.path}`, v));
          } catch (e) {
            setError(applyFieldErrors(form, e, ['matterText', 'revisionNote', 'revisedOn', 'submittedOn']));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="matterText" label="修改后的文本" rules={[{ required: true, message: '请填写修改后的文本' }]}>
          <Input.TextArea rows={6} maxLength={100000} aria-label="修改后的文本" />
        </Form.Item>
        <Form.Item
          name="revisionNote"
          label="修改情况说明"
          rules={[{ required: true, whitespace: true, message: '请说明按审查意见修改的情况' }]}
        >
          <Input.TextArea rows={3} maxLength={4000} aria-label="修改情况说明" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {props.path === 'revision' ? '提交修改情况' : '重新报送审查'}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export default function MatterPage() {
  const { id = '' } = useParams();
  const matter = useApi<LegalReviewMatter>(`/legal-review-matters/${id}`);
  const [answered, setAnswered] = useState<LegalReviewMatter | null>(null);
  const m = answered ?? matter.data;
  if (matter.error) return <Alert type="error" showIcon message={matter.error.message} />;
  if (!m) return <Card loading />;
  return (
    <>
      <Card
        size="small"
        title={m.title}
        extra={
          <>
            {m.isDemo && <Tag color="purple">演示</Tag>}
            <Tag color={standingColour[m.standing]} data-testid="matter-standing">
              {m.standingLabel}
            </Tag>
          </>
        }
      >
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="类型">{m.contractKindLabel ?? m.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="送审单位">{m.unitName}</Descriptions.Item>
          {m.counterparty && <Descriptions.Item label="合同相对方">{m.counterparty}</Descriptions.Item>}
          {m.amountYuan !== null && (
            <Descriptions.Item label="涉及款额">{m.amountYuan.toLocaleString('zh-CN')}元</Descriptions.Item>
          )}
          <Descriptions.Item label="送审单位自审意见" span={2}>
            {m.ownReview}
          </Descriptions.Item>
          {m.annexes && (
            <Descriptions.Item label="附件说明" span={2}>
              {m.annexes}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="送审文本" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{m.text}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {m.rounds.map((r) => (
        <Card
          key={r.reviewId}
          size="small"
          title={`第${r.round}次审查（${r.reviewerName}）`}
          style={{ marginTop: 12 }}
          data-testid="review-round"
        >
          <Descriptions size="small" column={2}>
            <Descriptions.Item label="报送日期">{displayDate(r.submittedOn)}</Descriptions.Item>
            {r.due && (
              <Descriptions.Item label="审查期限">
                {displayDate(r.due)}（{r.dueBasis}）
              </Descriptions.Item>
            )}
            <Descriptions.Item label="审查结果">
              {r.resultLabel ?? '审查中'}
              {r.late && <Tag color="error">超过审查期限</Tag>}
            </Descriptions.Item>
            {r.concludedOn && <Descriptions.Item label="审查日期">{displayDate(r.concludedOn)}</Descriptions.Item>}
            {r.opinionCount !== null && <Descriptions.Item label="审核意见条数">{r.opinionCount}条</Descriptions.Item>}
            {r.counsel.length > 0 && (
              <Descriptions.Item label="参与审查的法律顾问、公职律师">
                {r.counsel.map((c) => `${c.name}（${c.roleLabel}）`).join('、')}
              </Descriptions.Item>
            )}
            {r.opinion && (
              <Descriptions.Item label="审查意见" span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }} data-testid="review-opinion">
                  {r.opinion}
                </span>
              </Descriptions.Item>
            )}
            {r.revision && (
              <Descriptions.Item label="送审单位修改情况" span={2}>
                {displayDate(r.revision.revisedOn)}：{r.revision.explanation}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      ))}
      {m.abilities.revise && (
        <AnswerForm id={m.id} path="revision" title="按审查意见修改" text={m.text} onDone={setAnswered} />
      )}
      {m.abilities.send && (
        <AnswerForm id={m.id} path="submission" title="修改后重新报送" text={m.text} onDone={setAnswered} />
      )}
      <Typography.Paragraph style={{ marginTop: 12 }}>
        <Link to={consoleLink(legalAdvisersMenu, 'legal-review-matters')}>返回送审事项</Link>
      </Typography.Paragraph>
    </>
  );
}
