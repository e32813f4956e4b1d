// A list's versions, newest first, each with its adjustment, approval and effective date and whether it is in force;
// and the comparison of any two (新增、取消、变更 field by field, and the reduction the region reports).
import { useState } from 'react';
import { Alert, Button, List, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { PowerListComparison, PowerListSummary, PowerListVersion } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { displayDate } from '../../shell/datetime';
import { errorText } from '../../shell/errors';

const standing = {
  in_force: ['green', '现行有效'],
  pending: ['gold', '尚未施行'],
  superseded: ['default', '已被替代'],
} as const;

function Compare({ list, versions }: { list: PowerListSummary; versions: PowerListVersion[] }) {
  const numbers = versions.map((v) => v.versionNo);
  const [from, setFrom] = useState(numbers[1] ?? numbers[0]);
  const [to, setTo] = useState(numbers[0]);
  const [result, setResult] = useState<PowerListComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const options = numbers.map((n) => ({ value: n, label: `第${n}版` }));
  const run = async () => {
    setError(null);
    try {
      setResult(
        await api.get<PowerListComparison>(`/power-lists/${list.listKind}/compare`, {
          fromVersion: from,
          toVersion: to,
        }),
      );
    } catch (e) {
      setResult(null);
      setError(errorText(e));
    }
  };
  return (
    <div style={{ marginTop: 16 }}>
      <Space wrap>
        <Typography.Text strong>版本比较</Typography.Text>
        <Select aria-label="早版本" style={{ width: 110 }} value={from} onChange={setFrom} options={options} />
        <span>与</span>
        <Select aria-label="新版本" style={{ width: 110 }} value={to} onChange={setTo} options={options} />
        <Button onClick={run}>比较</Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
      {result && (
        <div style={{ marginTop: 12 }}>
          <Space size="large" wrap>
            <Statistic title="新增事项" value={result.addedCount} />
            <Statistic title="取消事项" value={result.removedCount} />
            <Statistic title="变更事项" value={result.changedCount} />
            <Statistic
              title="精简比例（取消、下放、合并）"
              value={result.reductionPercent === null ? '—' : `${result.reductionPercent.toFixed(1)}%`}
            />
          </Space>
          <List
            size="small"
            header="逐项变化"
            dataSource={[
              ...result.added.map((i) => ({
                key: `a${i.code}`,
                tag: <Tag color="green">新增</Tag>,
                text: `${i.code} ${i.name}（${i.bodyName}）`,
              })),
              ...result.removed.map((i) => ({
                key: `r${i.code}`,
                tag: <Tag color="red">取消</Tag>,
                text: `${i.code} ${i.name}（${i.bodyName}）`,
              })),
              ...result.changed.map((c) => ({
                key: `c${c.code}`,
                tag: <Tag color="gold">变更</Tag>,
                text: `${c.code} ${c.name}：${c.fields.map((f) => `${f.label}由“${f.from}”改为“${f.to}”`).join('；')}`,
              })),
            ]}
            renderItem={(x) => (
              <List.Item>
                <span>
                  {x.tag}
                  {x.text}
                </span>
              </List.Item>
            )}
          />
        </div>
      )}
    </div>
  );
}

export function VersionsPanel({ list }: { list: PowerListSummary }) {
  const versions = useApi<{ items: PowerListVersion[] }>(`/power-lists/${list.listKind}/versions`);
  const items = versions.data?.items ?? [];
  return (
    <>
      {versions.error && <Alert type="error" showIcon message={versions.error.message} />}
      <Table<PowerListVersion>
        size="small"
        rowKey="id"
        loading={versions.loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: '尚未公布' }}
        columns={[
          { title: '版本', dataIndex: 'versionNo', width: 80, render: (v: number) => `第${v}版` },
          {
            title: '调整',
            key: 'kind',
            width: 120,
            render: (_: unknown, v) => (
              <>
                {v.adjustmentKindLabel}
                {v.isDemo && (
                  <Tag color="purple" style={{ marginLeft: 4 }}>
                    演示
                  </Tag>
                )}
              </>
            ),
          },
          { title: '理由', dataIndex: 'reason' },
          {
            title: '批准',
            key: 'approval',
            render: (_: unknown, v) => `${v.approvedBy}（${displayDate(v.approvedOn)}）`,
          },
          { title: '施行日期', dataIndex: 'effectiveOn', width: 140, render: (d: string) => displayDate(d) },
          { title: '事项数', dataIndex: 'itemCount', width: 80 },
          {
            title: '状态',
            dataIndex: 'standing',
            width: 100,
            render: (s: PowerListVersion['standing']) => <Tag color={standing[s][0]}>{standing[s][1]}</Tag>,
          },
        ]}
      />
      {items.length > 1 && <Compare list={list} versions={items} />}
    </>
  );
}
