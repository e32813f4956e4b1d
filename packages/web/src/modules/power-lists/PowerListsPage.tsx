// 权责清单与事项清单: the region's lists, one at a time — its items in a version (the newest by default), its versions
// with each adjustment's reason, approval and effective date and the comparison of two, and, for those who may,
// the adjustment form and the whole-list import. The list in the address (?list=) so a page can be bookmarked.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { PowerListItem, PowerListItemPage, PowerListOverview, PowerListSummary } from '@fazhi/core/contracts';
import { listKindLabels, powerItemKindLabels } from '@fazhi/core/modules';
import { useApi } from '../../api/hooks';
import { AdjustForm } from './AdjustForm';
import { ImportCard } from './ImportCard';
import { StatisticsPanel } from './StatisticsPanel';
import { VersionsPanel } from './VersionsPanel';

type ListKind = PowerListSummary['listKind'];

export const basesText = (i: Pick<PowerListItem, 'legalBases'>) =>
  i.legalBases.map((b) => `${b.law}${b.article}${b.clause}`).join('；');

function Items({ list }: { list: PowerListSummary }) {
  const [q, setQ] = useState('');
  const [itemKind, setItemKind] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const items = useApi<PowerListItemPage>(`/power-lists/${list.listKind}/items`, {
    q: q || undefined,
    itemKind,
    page,
    pageSize: 20,
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="事项名称、编码或依据"
          aria-label="检索事项"
          style={{ width: 280 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        {list.itemKinds.length > 1 && (
          <Select
            allowClear
            placeholder="事项类型"
            aria-label="事项类型"
            style={{ width: 160 }}
            value={itemKind}
            onChange={(v) => {
              setItemKind(v);
              setPage(1);
            }}
            options={list.itemKinds.map((k) => ({ value: k, label: powerItemKindLabels[k] }))}
          />
        )}
        {items.data?.versionNo && (
          <Typography.Text type="secondary">第{items.data.versionNo}版（最新版本）</Typography.Text>
        )}
      </Space>
      {items.error && <Alert type="error" showIcon message={items.error.message} />}
      <Table<PowerListItem>
        size="small"
        rowKey="code"
        loading={items.loading}
        dataSource={items.data?.items ?? []}
        locale={{ emptyText: '没有符合条件的事项' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: items.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        expandable={{
          expandedRowRender: (i) => (
            <Descriptions size="small" column={1}>
              {i.subItems.length > 0 && <Descriptions.Item label="子项">{i.subItems.join('；')}</Descriptions.Item>}
              <Descriptions.Item label="责任事项">{i.responsibilities.join('；') || '—'}</Descriptions.Item>
              <Descriptions.Item label="追责情形">{i.accountability.join('；') || '—'}</Descriptions.Item>
              {list.columns.map((c) => (
                <Descriptions.Item key={c.key} label={c.label}>
                  {i.extra[c.key] ?? '—'}
                </Descriptions.Item>
              ))}
            </Descriptions>
          ),
        }}
        columns={[
          { title: '事项编码', dataIndex: 'code', width: 180 },
          { title: '事项名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'itemKindLabel', width: 100 },
          { title: '实施主体', dataIndex: 'bodyName', width: 200 },
          { title: '设定和实施依据', key: 'bases', render: (_: unknown, i) => basesText(i) },
          { title: '自', dataIndex: 'sinceVersion', width: 80, render: (v: number) => `第${v}版` },
        ]}
      />
    </>
  );
}

export default function PowerListsPage() {
  const [params, setParams] = useSearchParams();
  const overview = useApi<PowerListOverview>('/power-lists');
  const kind = (params.get('list') ?? 'powers') as ListKind;
  const list = overview.data?.lists.find((l) => l.listKind === kind) ?? overview.data?.lists[0];
  const [tick, setTick] = useState(0);
  if (overview.error) return <Alert type="error" showIcon message={overview.error.message} />;
  if (!overview.data || !list) return <Card loading />;
  const changed = () => {
    setTick((t) => t + 1);
    overview.reload();
  };
  return (
    <Card
      size="small"
      title={`${overview.data.regionName}权责清单与事项清单`}
      extra={
        <Select
          aria-label="清单"
          style={{ width: 200 }}
          value={list.listKind}
          onChange={(v) => setParams({ list: v })}
          options={overview.data.lists.map((l) => ({ value: l.listKind, label: listKindLabels[l.listKind] }))}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        依据：{list.basis}
        。清单实行动态调整，新增、取消、合并、下放、变更事项须说明理由，经批准后公布施行，每次调整形成新的版本。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 8 }}>
        {list.versionInForce ? (
          <Tag color="green">
            现行第{list.versionInForce}版，共{list.itemsInForce}项
          </Tag>
        ) : (
          <Tag>尚未施行</Tag>
        )}
        {list.newestVersion !== null && list.newestVersion !== list.versionInForce && (
          <Tag color="gold">第{list.newestVersion}版已批准，尚未施行</Tag>
        )}
      </Space>
      <Tabs
        key={`${list.listKind}-${tick}`}
        items={[
          { key: 'items', label: '清单事项', children: <Items list={list} /> },
          { key: 'versions', label: '版本与调整', children: <VersionsPanel list={list} /> },
          { key: 'statistics', label: '统计', children: <StatisticsPanel list={list} /> },
          ...(list.abilities.adjust
            ? [
                {
                  key: 'adjust',
                  label: '调整清单',
                  children: <AdjustForm list={list} bodies={overview.data.adjustableBodies} onDone={changed} />,
                },
              ]
            : []),
          ...(list.abilities.import
            ? [{ key: 'import', label: '整体导入', children: <ImportCard list={list} onDone={changed} /> }]
            : []),
        ]}
      />
    </Card>
  );
}
