// 重大行政决策公开 on the portal (第三十二条): the decisions of the portal's region published in a year, latest first,
// each with its decision body, 承办单位 and the day it was published. The year lives in the address (?year=).
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import type { PublicDecisionList } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';

export default function PortalDecisionListPage() {
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? undefined;
  const data = useApi<PublicDecisionList>('/public/decisions', { year });
  return (
    <Card title="重大行政决策公开">
      <Typography.Paragraph type="secondary">
        依据《重大行政决策程序暂行条例》第三十二条，决策机关及时公布重大行政决策，对社会公众普遍关心或者专业性、技术性较强的决策，说明公众意见、专家论证意见的采纳情况，并进行解读。
      </Typography.Paragraph>
      <Select
        aria-label="公布年度"
        style={{ minWidth: 140 }}
        value={data.data ? String(data.data.year) : year}
        options={(data.data?.years ?? []).map((y) => ({ value: String(y), label: `${y}年` }))}
        onChange={(v: string) => setParams(new URLSearchParams({ year: v }))}
      />
      {data.error && <Alert type="error" showIcon message={data.error.message} style={{ marginTop: 16 }} />}
      {data.data && data.data.items.length === 0 && (
        <Empty style={{ marginTop: 16 }} description={`${data.data.year}年没有公布的重大行政决策`} />
      )}
      {data.data && data.data.items.length > 0 && (
        <List
          style={{ marginTop: 16 }}
          dataSource={data.data.items}
          renderItem={(d) => (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Space wrap>
                  <Link to={`/decisions/${d.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
                    {d.title}
                  </Link>
                  {d.stage !== 'published' && <Tag color="orange">{d.stageLabel}</Tag>}
                  {d.isDemo && <Tag color="purple">演示数据</Tag>}
                </Space>
                <Space wrap size={[16, 0]} style={{ color: '#595959' }}>
                  <span>决策机关：{d.bodyName}</span>
                  <span>承办单位：{d.sponsorName}</span>
                  <span>公布日期：{displayDate(d.publishedOn)}</span>
                </Space>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
