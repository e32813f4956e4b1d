// 常务会议议程: the meetings recorded with their topics, and the form that records one — a topic is picked from the
// meeting topics sent for review, and one without a passed review is refused by the server where the region requires it.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { LegalReviewMatterList, LegalReviewMeeting, LegalReviewMeetingList } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import { applyFieldErrors } from '../../shell/errors';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';

function RecordMeeting({ data, onDone }: { data: LegalReviewMeetingList; onDone: () => void }) {
  const today = useToday();
  const topics = useApi<LegalReviewMatterList>('/legal-review-matters?reviewKind=meeting_topic');
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="记录会议议程" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ meetingUnitId: data.units[0]?.id, meetingOn: today, topicMatterIds: [] }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await api.post('/legal-review-meetings', v);
            form.resetFields(['meetingTitle', 'topicMatterIds']);
            onDone();
          } catch (e) {
            setError(applyFieldErrors(form, e, ['meetingUnitId', 'meetingTitle', 'meetingOn', 'topicMatterIds']));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="meetingUnitId" label="会议召集单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select options={data.units.map((u) => ({ value: u.id, label: u.name }))} aria-label="会议召集单位" />
        </Form.Item>
        <Form.Item name="meetingTitle" label="会议名称" rules={[{ required: true, message: '请填写会议名称' }]}>
          <Input maxLength={200} placeholder="如：区政府第9次常务会议" aria-label="会议名称" />
        </Form.Item>
        <Form.Item name="meetingOn" label="会议日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DateField aria-label="会议日期" />
        </Form.Item>
        <Form.Item name="topicMatterIds" label="会议议题" rules={[{ required: true, message: '请选择议题' }]}>
          <Select
            mode="multiple"
            aria-label="会议议题"
            options={(topics.data?.items ?? []).map((t) => ({
              value: t.id,
              label: `${t.title}（${t.standingLabel}）`,
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          记录议程
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export default function MeetingsPage() {
  const list = useApi<LegalReviewMeetingList>('/legal-review-meetings');
  return (
    <>
      <Card size="small" title="常务会议议程">
        <Typography.Paragraph type="secondary">
          {list.data?.reviewRequired === false
            ? '本地区未要求会议议题先经合法性审查。'
            : '未经合法性审查或者经审查不合法的议题，不得提交会议研究。'}
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} />}
        <Table<LegalReviewMeeting>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '尚未记录会议议程' }}
          columns={[
            { title: '会议日期', dataIndex: 'heldOn', width: 120, render: displayDate },
            { title: '会议名称', dataIndex: 'title', width: 220 },
            { title: '召集单位', dataIndex: 'unitName', width: 160 },
            {
              title: '议题',
              key: 'topics',
              render: (_: unknown, g) => g.topics.map((t) => `${t.title}（${t.standingLabel}）`).join('；'),
            },
            {
              title: '',
              key: 'demo',
              width: 60,
              render: (_: unknown, g) => g.isDemo && <Tag color="purple">演示</Tag>,
            },
          ]}
        />
      </Card>
      {list.data && list.data.units.length > 0 && <RecordMeeting data={list.data} onDone={list.reload} />}
    </>
  );
}
