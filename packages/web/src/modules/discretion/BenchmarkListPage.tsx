// 行政裁量权基准: the benchmarks of the bodies the user reaches, every version with its standing today (现行有效,
// 已公布尚未生效, 草稿, 已被替代), a search by item name or code, and the way to draft a new one for the bodies the
// user keeps (《行政处罚法》第三十四条).
import { consoleLink, discretionMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Input, Table, Tag, Typography } from 'antd';
import type { DiscretionBenchmarkRow } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { displayDate } from '../../shell/datetime';
import { standingColours } from './format';
import { ItemWarningTag } from '../../components/ItemWarningTag';

export default function BenchmarkListPage() {
  const [q, setQ] = useState('');
  // opened from a body's figures on the statistics page: that body's benchmarks only
  const [params] = useSearchParams();
  const implementingOrgId = params.get('implementingOrgId') ?? undefined;
  const list = useApi<{ items: DiscretionBenchmarkRow[]; bodies: { id: string; name: string }[] }>(
    '/discretion-benchmarks',
    { q: q || undefined, implementingOrgId },
  );
  return (
    <Card
      size="small"
      title="行政裁量权基准"
      extra={
        list.data &&
        list.data.bodies.length > 0 && (
          <Link to={consoleLink(discretionMenu, 'discretion-benchmarks', 'new')}>
            <Button type="primary">起草裁量基准</Button>
          </Link>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权；裁量基准应当向社会公布（《中华人民共和国行政处罚法》第三十四条）。每个处罚事项按不予处罚、减轻、从轻、一般、从重情形写明适用条件和处罚幅度；修订形成新的版本，历次版本均予保留，按施行日期确定现行有效的版本。
      </Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder="事项名称或事项编码"
        aria-label="检索内容"
        onSearch={(v) => setQ(v.trim())}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<DiscretionBenchmarkRow>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '尚未制定裁量基准' }}
        columns={[
          {
            title: '事项编码',
            dataIndex: 'itemCode',
            width: 170,
            render: (c: string, b) => (
              <>
                {c}
                <ItemWarningTag warning={b.itemWarning} />
              </>
            ),
          },
          {
            title: '处罚事项',
            key: 'item',
            render: (_: unknown, b) => (
              <>
                <Link to={consoleLink(discretionMenu, 'discretion-benchmarks', b.id)}>{b.itemName}</Link>
                {b.isDemo && (
                  <Tag color="purple" style={{ marginLeft: 6 }}>
                    演示
                  </Tag>
                )}
              </>
            ),
          },
          { title: '实施机关', dataIndex: 'bodyName', width: 200 },
          { title: '版本', dataIndex: 'versionNo', width: 70, render: (v: number) => `第${v}版` },
          {
            title: '状态',
            dataIndex: 'standing',
            width: 150,
            render: (v: DiscretionBenchmarkRow['standing'], b) => (
              <Tag color={standingColours[v]}>{b.standingLabel}</Tag>
            ),
          },
          { title: '施行日期', dataIndex: 'effectiveOn', width: 140, render: (v: string | null) => displayDate(v) },
        ]}
      />
    </Card>
  );
}
