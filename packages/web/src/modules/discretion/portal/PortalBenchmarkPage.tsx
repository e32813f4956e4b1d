// One benchmark on the portal: the item, its legal basis and its circumstances as in force today. A version not in
// force (a draft, one not yet in effect, one replaced) is not found here.
import { Link, useParams } from 'react-router-dom';
import { Card, Descriptions, Tag, Typography } from 'antd';
import type { PublicBenchmark } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { publicRecordFallback } from '../../../components/PublicRecordFallback';
import { displayDate } from '../../../shell/datetime';
import CircumstanceTable from '../CircumstanceTable';

export default function PortalBenchmarkPage() {
  const { id } = useParams<{ id: string }>();
  const res = useApi<PublicBenchmark>(`/public/discretion/benchmarks/${id}`);
  const fallback = publicRecordFallback(res, {
    title: '未找到该裁量基准',
    subTitle: '该裁量基准不存在，或者不是现行有效的版本。',
    back: <Link to="/discretion-benchmarks">返回裁量基准</Link>,
  });
  if (fallback) return fallback;
  const b = res.data!;
  return (
    <Card title={b.itemName} extra={b.isDemo && <Tag color="purple">演示数据</Tag>}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="实施机关">{b.bodyName}</Descriptions.Item>
        <Descriptions.Item label="事项编码">{b.itemCode}</Descriptions.Item>
        <Descriptions.Item label="法律依据">{b.legalBasis}</Descriptions.Item>
        <Descriptions.Item label="版本">
          第{b.versionNo}版，{displayDate(b.effectiveOn)}起施行
        </Descriptions.Item>
      </Descriptions>
      <CircumstanceTable circumstances={b.circumstances} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {b.basisOfPublication}
        。当事人同时具有《中华人民共和国行政处罚法》第三十条至第三十三条规定情形的，依照该法规定不予处罚、从轻或者减轻处罚。
      </Typography.Paragraph>
    </Card>
  );
}
