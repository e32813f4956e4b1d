// 不予处罚和从轻减轻处罚清单 on the portal (seed 002 task 6): read from the benchmarks in force, so the lists and the
// benchmarks the officers apply never disagree — each entry an item's 不予处罚 (《行政处罚法》第三十三条), or 减轻/从轻
// (第三十二条), circumstance with its conditions.
import { Link } from 'react-router-dom';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import type { LenientLists } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';

type Entry = LenientLists['lists'][number]['entries'][number];

export default function PortalLenientListsPage() {
  const data = useApi<LenientLists>('/public/discretion/lenient-lists');
  return (
    <Card title="不予处罚和从轻减轻处罚清单">
      <Typography.Paragraph type="secondary">
        清单由各执法部门现行有效的<Link to="/discretion-benchmarks">行政处罚裁量基准</Link>
        生成。对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育（《中华人民共和国行政处罚法》第三十三条第三款）。
      </Typography.Paragraph>
      {data.error && <Alert type="error" showIcon message={data.error.message} />}
      {data.data?.lists.map((l) => (
        <Card key={l.kind} size="small" style={{ marginTop: 16 }} title={l.title} extra={<span>依据：{l.basis}</span>}>
          <Table<Entry>
            size="small"
            rowKey={(e) => `${e.benchmarkId}|${e.circumstance}`}
            pagination={false}
            dataSource={l.entries}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '暂无事项' }}
            columns={[
              { title: '实施机关', dataIndex: 'bodyName', width: 180 },
              {
                title: '处罚事项',
                key: 'item',
                render: (_: unknown, e) => (
                  <>
                    <Link to={`/discretion-benchmarks/${e.benchmarkId}`}>
                      {e.itemName}（{e.itemCode}）
                    </Link>
                    {e.isDemo && (
                      <Tag color="purple" style={{ marginLeft: 6 }}>
                        演示数据
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: '情形',
                key: 'circumstance',
                render: (_: unknown, e) => (
                  <>
                    <Tag>{e.circumstanceLabel}</Tag>
                    {e.description}
                    {e.conditions.length > 0 && <div style={{ color: '#666' }}>（{e.conditions.join('；')}）</div>}
                  </>
                ),
              },
              { title: '处理', dataIndex: 'penalty' },
              { title: '法律依据', dataIndex: 'legalBasis' },
            ]}
          />
        </Card>
      ))}
    </Card>
  );
}
