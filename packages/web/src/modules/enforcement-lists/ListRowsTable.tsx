// The rows of one list version, with the columns its kind uses (抽查方式 for the random-inspection list, the step for
// the audio-video list, category, level, field and amount for the legal-review catalogue). The console's version
// page and the portal both show a list this way.
import { Table } from 'antd';
import type { EnforcementListItem, EnforcementListVersion } from '@fazhi/core/contracts';
import { ItemWarningTag } from '../../components/ItemWarningTag';

type Kind = EnforcementListVersion['kind'];

const amount = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('zh-CN')}元以上`);

export function ListRowsTable({ kind, rows, total }: { kind: Kind; rows: EnforcementListItem[]; total?: number }) {
  const common = [
    { title: '序号', dataIndex: 'seq', width: 60 },
    {
      title: '事项编码',
      dataIndex: 'itemCode',
      width: 120,
      render: (c: string, r: EnforcementListItem) =>
        c === '*' ? (
          '全部事项'
        ) : (
          <>
            {c}
            <ItemWarningTag warning={r.itemWarning} />
          </>
        ),
    },
    { title: '事项名称', dataIndex: 'itemName' },
  ];
  const byKind = {
    random_inspection: [
      { title: '抽查内容', dataIndex: 'content' },
      { title: '抽查方式', dataIndex: 'method', width: 160 },
    ],
    audio_video: [
      { title: '执法环节', dataIndex: 'stepLabel', width: 180 },
      { title: '记录内容', dataIndex: 'content' },
    ],
    legal_review: [
      { title: '类别', dataIndex: 'categoryLabel', width: 180 },
      { title: '层级', dataIndex: 'level', width: 70 },
      { title: '领域', dataIndex: 'field', width: 90 },
      { title: '涉案金额标准', dataIndex: 'amountFrom', width: 130, render: amount },
    ],
  }[kind];
  return (
    <Table<EnforcementListItem>
      size="small"
      rowKey="seq"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showTotal: () => `共${total ?? rows.length}项` } : false}
      columns={[
        ...common,
        ...byKind,
        { title: kind === 'random_inspection' ? '抽查依据' : '依据', dataIndex: 'basis' },
      ]}
      locale={{ emptyText: '没有符合条件的事项' }}
      scroll={{ x: 720 }}
    />
  );
}
