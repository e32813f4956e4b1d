// 送达 on the shared case record (server platform/cases), for every module that lends it a case: the papers served on
// the parties — how (the 民事诉讼法's ways of service) and when — and, where the server offers it, the form to record
// one, the applicant named as the recipient by default and linked as the party when kept. Only lazy pages import it.
import { serviceMethodLabels } from '@fazhi/core/modules';
import type { CaseParty, CaseServiceRecord } from '@fazhi/core/contracts';
import { Card, Form, Input, Select, Table } from 'antd';
import DateField from './DateField';
import FormCard from './FormCard';
import { displayDate } from '../shell/datetime';

export interface ServiceValues {
  paper: string;
  recipient: string;
  serviceMethod: string;
  servedOn?: string;
  note?: string;
}

export default function CaseServiceRecords({
  services,
  applicant,
  papers,
  canRecord,
  onRecord,
}: {
  services: readonly CaseServiceRecord[];
  applicant: CaseParty | undefined;
  /** the papers already issued, which may be served */
  papers: readonly { value: string; label: string }[];
  canRecord: boolean;
  /** posts the service (with the applicant's party id when the recipient is the applicant) */
  onRecord: (body: ServiceValues & { partyId?: string }) => Promise<void>;
}) {
  return (
    <Card size="small" title="送达记录">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...services]}
        locale={{ emptyText: '尚无送达记录' }}
        columns={[
          { title: '文书', dataIndex: 'paper' },
          { title: '受送达人', dataIndex: 'recipient', width: 160 },
          { title: '送达方式', dataIndex: 'methodLabel', width: 120 },
          { title: '送达日期', dataIndex: 'servedOn', width: 140, render: (v: string) => displayDate(v) },
        ]}
      />
      {canRecord && papers.length > 0 && (
        <FormCard<ServiceValues>
          title="记录送达"
          fields={['paper', 'recipient', 'serviceMethod', 'servedOn', 'note']}
          submitLabel="记录送达"
          initialValues={{ paper: papers[0]?.value, recipient: applicant?.name, serviceMethod: 'direct' }}
          onSubmit={(v) =>
            onRecord({ ...v, ...(applicant && v.recipient === applicant.name ? { partyId: applicant.id } : {}) })
          }
        >
          <Form.Item name="paper" label="文书">
            <Select options={[...papers]} aria-label="送达的文书" />
          </Form.Item>
          <Form.Item name="recipient" label="受送达人" rules={[{ required: true, message: '请填写受送达人' }]}>
            <Input maxLength={100} aria-label="受送达人" />
          </Form.Item>
          <Form.Item name="serviceMethod" label="送达方式">
            <Select
              options={Object.entries(serviceMethodLabels).map(([value, label]) => ({ value, label }))}
              aria-label="送达方式"
            />
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
