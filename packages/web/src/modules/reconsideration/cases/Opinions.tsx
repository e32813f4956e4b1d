// 行政复议意见书 (第七十六条): the 意见书 issued in the case to the respondent or another lower body, each with the
// addressee's sixty days to report its correction (late ones marked), and, where the server offers them, the forms to
// issue one and to record a report.
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { Card, Form, Input, Select, Table, Tag } from 'antd';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';
import { displayDate } from '../../../shell/datetime';

type Values = Record<string, unknown>;
type Opinion = ReconsiderationCase['opinions'][number];

export default function Opinions({ c, onDone }: { c: ReconsiderationCase; onDone: (c: ReconsiderationCase) => void }) {
  const post = (path: string) => async (body: Values) =>
    onDone(await api.post<ReconsiderationCase>(`/reconsideration-cases/${c.id}/${path}`, body));
  const open = c.opinions.filter((o) => !o.reportedOn);
  if (c.opinions.length === 0 && !c.abilities['issue-opinion']) return null;
  return (
    <Card size="small" title="行政复议意见书（第七十六条）">
      <Table<Opinion>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={c.opinions}
        locale={{ emptyText: '尚未制发行政复议意见书' }}
        columns={[
          { title: '受送机关', dataIndex: 'addresseeName', width: 160 },
          { title: '意见', dataIndex: 'opinionText' },
          { title: '制发日期', dataIndex: 'issuedOn', width: 120, render: (v: string) => displayDate(v) },
          { title: '报送期限', dataIndex: 'reportDue', width: 120, render: (v: string | null) => displayDate(v) },
          {
            title: '纠正情况',
            key: 'report',
            render: (_: unknown, o) => (
              <>
                {o.late && <Tag color="red">逾期</Tag>}
                {o.reportedOn ? `${displayDate(o.reportedOn)}报送：${o.reportText ?? ''}` : '尚未报送'}
              </>
            ),
          },
        ]}
      />
      {c.abilities['issue-opinion'] && (
        <FormCard<Values>
          title="制发行政复议意见书"
          fields={['addresseeName', 'opinionText', 'opinionIssuedOn', 'opinionReceivedOn']}
          submitLabel="制发意见书"
          initialValues={{ addresseeName: c.respondentName }}
          onSubmit={post('opinions')}
        >
          <Form.Item
            name="addresseeName"
            label="受送机关（被申请人或者其他下级行政机关）"
            rules={[{ required: true, message: '请填写受送机关' }]}
          >
            <Input maxLength={100} aria-label="意见书的受送机关" />
          </Form.Item>
          <Form.Item
            name="opinionText"
            label="意见书正文（违法或者不当的行政行为及纠正意见）"
            rules={[{ required: true, message: '请填写意见书正文' }]}
          >
            <Input.TextArea rows={4} aria-label="意见书正文" />
          </Form.Item>
          <Form.Item name="opinionIssuedOn" label="制发日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="opinionReceivedOn" label="受送机关收到日期（六十日自此起算）">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
      {c.abilities['record-opinion-report'] && open.length > 0 && (
        <FormCard<Values>
          title="记录纠正情况报告"
          fields={['opinionId', 'reportText', 'opinionReportedOn']}
          submitLabel="记录报告"
          initialValues={{ opinionId: open[0]?.id }}
          onSubmit={post('opinion-report')}
        >
          <Form.Item name="opinionId" label="意见书">
            <Select
              aria-label="报送纠正情况的意见书"
              options={open.map((o) => ({ value: o.id, label: `致${o.addresseeName}（${displayDate(o.issuedOn)}）` }))}
            />
          </Form.Item>
          <Form.Item name="reportText" label="纠正情况" rules={[{ required: true, message: '请填写纠正情况' }]}>
            <Input.TextArea rows={3} aria-label="纠正情况" />
          </Form.Item>
          <Form.Item name="opinionReportedOn" label="报送日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
        </FormCard>
      )}
    </Card>
  );
}
