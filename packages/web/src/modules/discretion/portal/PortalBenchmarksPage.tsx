// 行政处罚裁量基准 on the portal (《行政处罚法》第三十四条: 应当向社会公布): the benchmarks in force in the portal's
// region, by body and item, searchable by item name or code; each opens its circumstances. The words searched live
// in the address (?q=), so a search can be bookmarked.
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Input, List, Space, Tag, Typography } from 'antd';
import type { PublicBenchmark } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';

type Row = Omit<PublicBenchmark, 'circumstances' | 'basisOfPublication'>;

export default function PortalBenchmarksPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const data = useApi<{ items: Row[] }>('/public/discretion/benchmarks', q ? { q } : undefined);
  return (
    <Card title="行政处罚裁量基准">
      <Typography.Paragraph type="secondary">
        根据《中华人民共和国行政处罚法》第三十四条，行政处罚裁量基准应当向社会公布。以下为本地区各执法部门现行有效的裁量基准，另见
        <Link to="/lenient-lists">不予处罚和从轻减轻处罚清单</Link>。
      </Typography.Paragraph>
      <Input.Search
        allowClear
        defaultValue={q}
        placeholder="处罚事项名称或事项编码"
        aria-label="检索内容"
        onSearch={(v) => setParams(v.trim() ? new URLSearchParams({ q: v.trim() }) : new URLSearchParams())}
        style={{ maxWidth: 420 }}
      />
      {data.error && <Alert type="error" showIcon message={data.error.message} style={{ marginTop: 16 }} />}
      <List<Row>
        style={{ marginTop: 16 }}
        loading={data.loading}
        dataSource={data.data?.items ?? []}
        locale={{ emptyText: q ? '没有找到相符的裁量基准' : '尚未公布裁量基准' }}
        renderItem={(b) => (
          <List.Item>
            <Space direction="vertical" size={2}>
              <Space wrap>
                <Link to={`/discretion-benchmarks/${b.id}`}>{b.itemName}</Link>
                {b.isDemo && <Tag color="purple">演示数据</Tag>}
              </Space>
              <span>
                {b.bodyName} · 事项编码 {b.itemCode} · 第{b.versionNo}版，{displayDate(b.effectiveOn)}起施行
              </span>
              <Typography.Text type="secondary">{b.legalBasis}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
