// 送达: the case's papers served on the parties (the shared case record's service records) and, where the server
// offers it, the form to record one — how (the 民事诉讼法's ways of service) and when; the 补正通知书's service starts
// the applicant's ten working days.
import { reconsiderationPaperLabels, serviceMethodLabels } from '@fazhi/core/modules';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { Card, Form, Input, Select, Table } from 'antd';
import { api } from '../../../api/client';
import DateField from '../../../components/DateField';
import FormCard from '../../../components/FormCard';
import { displayDate } from '../../../shell/datetime';
import { options } from './form-options';

export default function ServiceRecords({
  c,
  ready,
  onDone,
}: {
  c: ReconsiderationCase;
  ready: Record<keyof typeof reconsiderationPaperLabels, boolean>;
  onDone: (c: ReconsiderationCase) => void;
}) {
  const papers = options(reconsiderationPaperLabels).filter((o) => ready[o.value as keyof typeof ready]);
  const applicant = c.parties.find((p) => p.role === 'applicant');
  return (
    <Card size="small" title="送达记录">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={c.services}
        locale={{ emptyText: '尚无送达记录' }}
        columns={[
          { title: '文书', dataIndex: 'paper' },
          { title: '受送达人', dataIndex: 'recipient', width: 160 },
          { title: '送达方式', dataIndex: 'methodLabel', width: 120 },
          { title: '送达日期', dataIndex: 'servedOn', width: 140, render: (v: string) => displayDate(v) },
        ]}
      />
      {c.abilities['record-service'] && papers.length > 0 && (
        <FormCard<{ paper: string; recipient: string; serviceMethod: string; servedOn?: string; note?: string }>
          title="记录送达"
          fields={['paper', 'recipient', 'serviceMethod', 'servedOn', 'note']}
          submitLabel="记录送达"
          initialValues={{ paper: papers[0]?.value, recipient: applicant?.name, serviceMethod: 'direct' }}
          onSubmit={async (v) =>
            onDone(
              await api.post<ReconsiderationCase>(`/reconsideration-cases/${c.id}/service`, {
                ...v,
                ...(applicant && v.recipient === applicant.name ? { partyId: applicant.id } : {}),
              }),
            )
          }
        >
          <Form.Item name="paper" label="文书">
            <Select options={papers} aria-label="送达的文书" />
          </Form.Item>
          <Form.Item name="recipient" label="受送达人" rules={[{ required: true, message: '请填写受送达人' }]}>
            <Input maxLength={100} aria-label="受送达人" />
          </Form.Item>
          <Form.Item name="serviceMethod" label="送达方式">
            <Select options={options(serviceMethodLabels)} aria-label="送达方式" />
          </Form.Item>
          <Form.Item name="servedOn" label="送达日期">
            <DateField style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input maxLength={500} aria-label="送达说明" />
          </Form.Item>
        </FormCard>
      )}
    </Card>
  );
}
