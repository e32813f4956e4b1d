// 行政执法主体公告 on the portal: the region's confirmed list as last published, and every earlier version (the
// version lives in the address, ?version=n), so the list before and after an institutional reform stay readable.
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import type { PublicBodyAnnouncement } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';

export default function PortalBodiesPage() {
  const [params, setParams] = useSearchParams();
  const version = params.get('version') ?? undefined;
  const a = useApi<PublicBodyAnnouncement>('/public/enforcement/bodies', { version });
  const d = a.data;
  return (
    <Card
      size="small"
      title={`${d?.regionName ?? ''}行政执法主体公告`}
      extra={d?.isDemo && <Tag color="purple">演示数据</Tag>}
    >
      {a.error && <Alert type="error" showIcon message={a.error.message} />}
      {d && d.versionNo === null && <Empty description="尚未公告行政执法主体名单" />}
      {d && d.versionNo !== null && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Typography.Text>
              第{d.versionNo}版，{displayDate(d.publishedOn)}公告，共{d.bodies.length}个执法主体
            </Typography.Text>
            {d.versions.length > 1 && (
              <Select
                aria-label="公告版本"
                value={d.versionNo}
                style={{ minWidth: 220 }}
                options={d.versions.map((v) => ({
                  value: v.versionNo,
                  label: `第${v.versionNo}版（${displayDate(v.publishedOn)}，${v.bodies}个）`,
                }))}
                onChange={(v: number) => setParams({ version: String(v) })}
              />
            )}
          </Space>
          <List
            dataSource={d.bodies}
            renderItem={(b) => (
              <List.Item>
                <Space direction="vertical" size={2}>
                  <Space wrap>
                    <Typography.Text strong>{b.name}</Typography.Text>
                    <Tag>{b.legalStatusLabel}</Tag>
                  </Space>
                  {b.entrustingName && (
                    <span>
                      委托机关：{b.entrustingName}；委托事项：{b.entrustmentScope}；委托期限：
                      {displayDate(b.entrustmentFrom)}至{displayDate(b.entrustmentTo)}
                    </span>
                  )}
                  {b.fields.length > 0 && <span>执法领域：{b.fields.join('、')}</span>}
                  <span>地址：{b.address}</span>
                  <span>电话：{b.phones}</span>
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
