// One review request: what was asked and why, its deadlines with "why this date", and the bureau's acts — accept or
// decline with a reason, then answer with the review's result — shown only when the server's abilities allow them.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Card, Descriptions, Form, Input, Radio, Result, Skeleton, Space, Tag } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import type { ReviewRequestDetail } from '@fazhi/core/contracts';
import { chineseDate, requestStatusColours } from './desk-format';
import { useToday } from '../../../shell/session';
import DeskDeadlines from '../../../components/RecordDeadlines';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';

/** An act of the bureau on the request, dated today unless the reviewer gives the day. */
function ActForm(props: {
  title: string;
  fields: string[];
  submitLabel: string;
  onSubmit: (v: Record<string, string>) => Promise<void>;
  children: React.ReactNode;
}) {
  const today = useToday();
  return <FormCard<Record<string, string>> {...props} initialValues={{ date: today }} />;
}

export default function ReviewRequestDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const found = useApi<ReviewRequestDetail>(`/normative-review-requests/${id}`);
  const [fresh, setFresh] = useState<ReviewRequestDetail | null>(null);
  const r = fresh ?? found.data;
  if (found.error)
    return (
      <Result
        status={found.error.status === 404 ? '404' : 'error'}
        title="无法打开该审查建议"
        subTitle={found.error.message}
      />
    );
  if (!r) return <Skeleton active />;

  const decide = async (v: Record<string, string>) => {
    const next = await api.post<ReviewRequestDetail>(`/normative-review-requests/${id}/decision`, {
      decision: v.decision,
      reason: v.reason,
      decidedOn: v.date,
    });
    message.success(v.decision === 'accept' ? '已受理' : '已决定不予受理');
    setFresh(next);
  };
  const answer = async (v: Record<string, string>) => {
    const next = await api.post<ReviewRequestDetail>(`/normative-review-requests/${id}/answer`, {
      answer: v.answer,
      answeredOn: v.date,
    });
    message.success('答复已记录');
    setFresh(next);
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={`审查建议 ${r.trackingNumber}`}
        extra={<Link to={consoleLink(normativeMenu, 'normative-review-requests')}>返回列表</Link>}
      >
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="建议审查的文件" span={2}>
            {r.documentId ? (
              <Link to={consoleLink(normativeMenu, 'normative-documents', r.documentId)}>{r.documentTitle}</Link>
            ) : (
              r.documentTitle
            )}
            {r.isDemo && (
              <Tag color="purple" style={{ marginLeft: 6 }}>
                演示数据
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="建议人">
            {r.requesterName}（{r.requesterKind === 'organisation' ? '组织' : '公民'}）
          </Descriptions.Item>
          <Descriptions.Item label="收到日期">{chineseDate(r.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label="办理状态" span={2}>
            <Tag color={requestStatusColours[r.status]}>{r.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="审查建议和理由" span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{r.reasons}</span>
          </Descriptions.Item>
          {r.decidedOn && (
            <Descriptions.Item label={r.status === 'declined' ? '不予受理' : '受理'} span={2}>
              {chineseDate(r.decidedOn)}：<span style={{ whiteSpace: 'pre-wrap' }}>{r.decisionReason}</span>
            </Descriptions.Item>
          )}
          {r.answeredOn && (
            <Descriptions.Item label="审查结果和答复" span={2}>
              {chineseDate(r.answeredOn)}：<span style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title="办理期限">
        <DeskDeadlines deadlines={r.deadlines} />
      </Card>
      {r.abilities.decide && (
        <ActForm title="受理审查" fields={['decision', 'reason', 'decidedOn']} submitLabel="提交" onSubmit={decide}>
          <Form.Item name="decision" label="决定" rules={[{ required: true, message: '请选择受理或不予受理' }]}>
            <Radio.Group
              options={[
                { value: 'accept', label: '受理' },
                { value: 'decline', label: '不予受理' },
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请填写理由' }]}>
            <Input.TextArea rows={3} maxLength={2000} placeholder="不予受理的，写明理由（将告知建议人）" />
          </Form.Item>
          <Form.Item name="date" label="日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </ActForm>
      )}
      {r.abilities.answer && (
        <ActForm title="答复审查建议" fields={['answer', 'answeredOn']} submitLabel="提交答复" onSubmit={answer}>
          <Form.Item name="answer" label="审查结果和答复" rules={[{ required: true, message: '请填写审查结果和答复' }]}>
            <Input.TextArea rows={5} maxLength={10000} showCount />
          </Form.Item>
          <Form.Item name="date" label="答复日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </ActForm>
      )}
    </Space>
  );
}
