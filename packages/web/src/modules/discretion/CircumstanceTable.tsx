// A benchmark's circumstances as a table: the kind, its conditions in words, the fine and the other penalties. The
// console's version page and the portal's benchmark page both show it.
import { Table, Tag } from 'antd';
import type { DiscretionCircumstance } from '@fazhi/core/contracts';
import { circumstanceColours } from './format';

export default function CircumstanceTable({ circumstances }: { circumstances: readonly DiscretionCircumstance[] }) {
  return (
    <Table<DiscretionCircumstance>
      size="small"
      rowKey="kind"
      pagination={false}
      dataSource={[...circumstances]}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: '裁量情形',
          dataIndex: 'kindLabel',
          width: 110,
          render: (v: string, c) => <Tag color={circumstanceColours[c.kind]}>{v}</Tag>,
        },
        {
          title: '适用条件',
          key: 'conditions',
          render: (_: unknown, c) => (
            <>
              <div>{c.description}</div>
              {c.conditionTexts.length > 0 && <div style={{ color: '#666' }}>（{c.conditionTexts.join('；')}）</div>}
            </>
          ),
        },
        {
          title: '处罚幅度',
          key: 'penalty',
          render: (_: unknown, c) =>
            c.kind === 'no_penalty' ? '不予行政处罚' : [c.fineText, c.otherPenalties].filter(Boolean).join('；'),
        },
      ]}
    />
  );
}
