// 学法与法治讲座: the year's 常务会议会前学法, 理论中心组学法 and 法治专题讲座 of the governments and departments in reach,
// each government's and department's lectures so far this year with those short of the minimum warned (derived from
// today), and the form that records one.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { studyKindLabels } from '@fazhi/core/training';
import type { StudySessionList } from '@fazhi/core/contracts';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import DateField from '../../../components/DateField';
import { applyFieldErrors } from '../../../shell/errors';
import { displayDate } from '../../../shell/datetime';
import { useSession, useToday } from '../../../shell/session';

type Session = StudySessionList['items'][number];
const fields = [
  'orgId',
  'studyKind',
  'studiedOn',
  'meetingName',
  'studyTopic',
  'lawsStudied',
  'explainedBy',
  'attendeeCount',
];
const kindChoices = Object.entries(studyKindLabels).map(([value, label]) => ({ value, label }));

function RecordStudy({ units, onSaved }: { units: StudySessionList['lectures']; onSaved: () => void }) {
  const today = useToday();
  const { session } = useSession();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('studyKind', form) as string | undefined;
  const own = units.find((u) => u.orgId === session.activeOrgId) ?? units[0];
  return (
    <Card size="small" title="登记学法活动" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ orgId: own?.orgId, studyKind: 'executive_meeting', studiedOn: today, lawsStudied: [] }}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await api.post('/study-sessions', { ...v, meetingName: v.meetingName || undefined });
            form.resetFields(['meetingName', 'studyTopic', 'lawsStudied', 'explainedBy', 'attendeeCount']);
            onSaved();
          } catch (e) {
            setError(applyFieldErrors(form, e, fields));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="orgId" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select options={units.map((u) => ({ value: u.orgId, label: u.orgName }))} aria-label="单位" />
        </Form.Item>
        <Form.Item name="studyKind" label="学法形式" rules={[{ required: true, message: '请选择学法形式' }]}>
          <Select options={kindChoices} aria-label="学法形式" />
        </Form.Item>
        <Form.Item name="studiedOn" label="学法日期" rules={[{ required: true, message: '请选择学法日期' }]}>
          <DateField aria-label="学法日期" />
        </Form.Item>
        {kind !== 'lecture' && (
          <Form.Item name="meetingName" label="会议名称" rules={[{ required: true, message: '请填写会议名称' }]}>
            <Input maxLength={200} aria-label="会议名称" />
          </Form.Item>
        )}
        <Form.Item name="studyTopic" label="学习主题" rules={[{ required: true, message: '请填写学习主题' }]}>
          <Input maxLength={200} aria-label="学习主题" />
        </Form.Item>
        <Form.Item name="lawsStudied" label="学习的法律法规">
          <Select mode="tags" open={false} aria-label="学习的法律法规" placeholder="输入法律法规名称后回车" />
        </Form.Item>
        <Form.Item name="explainedBy" label="讲解人" rules={[{ required: true, message: '请填写讲解人' }]}>
          <Input maxLength={100} aria-label="讲解人" />
        </Form.Item>
        <Form.Item name="attendeeCount" label="参加人数" rules={[{ required: true, message: '请填写参加人数' }]}>
          <InputNumber min={1} max={10000} precision={0} aria-label="参加人数" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          登记
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

export default function StudySessionsPage() {
  const list = useApi<StudySessionList>('/study-sessions');
  const { holds } = useSession();
  const short = list.data?.lectures.filter((l) => l.short) ?? [];
  return (
    <>
      <Card size="small" title="学法与法治讲座">
        {list.error && <Alert type="error" showIcon message={list.error.message} />}
        {list.data && short.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={`${list.data.year}年法治专题讲座不足${list.data.minimumLectures}期的单位：${short
              .map((u) => `${u.orgName}（${u.lectures}期）`)
              .join('、')}`}
            description={list.data.basis}
          />
        )}
        <Table<Session>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '本年度尚未登记学法活动' }}
          columns={[
            { title: '日期', dataIndex: 'heldOn', width: 130, render: displayDate },
            { title: '单位', dataIndex: 'orgName', width: 150 },
            { title: '学法形式', dataIndex: 'studyKindLabel', width: 140 },
            { title: '会议', dataIndex: 'meetingName', render: (v: string | null) => v ?? '—' },
            { title: '学习主题', dataIndex: 'topic' },
            { title: '学习的法律法规', dataIndex: 'laws', render: (laws: string[]) => laws.join('、') || '—' },
            { title: '讲解人', dataIndex: 'explainedBy', width: 130 },
            { title: '参加人数', dataIndex: 'attendeeCount', width: 80 },
            {
              title: '',
              key: 'demo',
              width: 60,
              render: (_: unknown, s) => s.isDemo && <Tag color="purple">演示</Tag>,
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          会前学法随会议登记；法治专题讲座按单位统计本年度期数。
        </Typography.Paragraph>
      </Card>
      {list.data && holds('training.record') && list.data.lectures.length > 0 && (
        <RecordStudy units={list.data.lectures} onSaved={list.reload} />
      )}
    </>
  );
}
