// 权责清单与事项清单 on the portal: the version in force today of each of the region's lists, searched by words or
// code, filtered by kind of item; each item with its basis, implementing body and responsibilities. The list and the
// words live in the address (?list=&q=), so a search can be bookmarked and the portal's search box links here.
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { PublicPowerListPage } from '@fazhi/core/contracts';
import { listKindDefs, listKindLabels, listKinds, powerItemKindLabels } from '@fazhi/core/modules';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';

export default function PortalPowerListsPage() {
  const [params, setParams] = useSearchParams();
  const listKind = (listKinds as readonly string[]).includes(params.get('list') ?? '') ? params.get('list')! : 'powers';
  const q = params.get('q') ?? '';
  const itemKind = params.get('kind') ?? undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const set = (next: Record<string, string | undefined>) => {
    const merged: Record<string, string> = {};
    for (const [k, v] of Object.entries({ list: listKind, q, kind: itemKind, page: undefined, ...next }))
      if (v) merged[k] = v;
    setParams(merged);
  };
  const data = useApi<PublicPowerListPage>(`/public/power-lists/${listKind}`, {
    q: q || undefined,
    itemKind,
    page,
    pageSize: 20,
  });
  const d = data.data;
  const columns: readonly { key: string; label: string }[] =
    listKindDefs[listKind as keyof typeof listKindDefs].columns;
  const columnLabel = (key: string) => columns.find((c) => c.key === key)?.label ?? key;
  return (
    <Card size="small" title={`${d?.regionName ?? ''}权责清单与事项清单`}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="清单"
          style={{ width: 200 }}
          value={listKind}
          onChange={(v) => set({ list: v, kind: undefined })}
          options={listKinds.map((k) => ({ value: k, label: listKindLabels[k] }))}
        />
        <Input.Search
          key={`${listKind}-${q}`}
          defaultValue={q}
          allowClear
          placeholder="事项名称、编码或依据"
          aria-label="检索事项"
          style={{ width: 280 }}
          onSearch={(v) => set({ q: v.trim() || undefined })}
        />
        {listKind === 'powers' && (
          <Select
            allowClear
            aria-label="事项类型"
            placeholder="事项类型"
            style={{ width: 150 }}
            value={itemKind}
            onChange={(v?: string) => set({ kind: v })}
            options={Object.entries(powerItemKindLabels).map(([value, label]) => ({ value, label }))}
          />
        )}
      </Space>
      {data.error && <Alert type="error" showIcon message={data.error.message} />}
      {d && (
        <Typography.Paragraph type="secondary">
          {d.versionNo
            ? `现行${d.label}为第${d.versionNo}版，自${displayDate(d.effectiveOn)}起施行；${q ? `检索到${d.totalCapped ? '超过' : ''}${d.total}项。` : `共${d.total}项。`}`
            : `${d.label}尚未公布。`}
        </Typography.Paragraph>
      )}
      <List
        loading={data.loading}
        dataSource={d?.items ?? []}
        locale={{ emptyText: '没有符合条件的事项' }}
        pagination={
          d && d.total > 20
            ? {
                current: page,
                pageSize: 20,
                total: d.total,
                onChange: (p) => set({ page: String(p) }),
                showSizeChanger: false,
              }
            : false
        }
        renderItem={(i) => (
          <List.Item>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{i.name}</Typography.Text>
                <Tag>{i.itemKindLabel}</Tag>
                <Typography.Text type="secondary">{i.code}</Typography.Text>
              </Space>
              <span>实施主体：{i.bodyName}</span>
              <span>设定和实施依据：{i.legalBases.map((b) => `${b.law}${b.article}${b.clause}`).join('；')}</span>
              {i.subItems.length > 0 && <span>子项：{i.subItems.join('；')}</span>}
              {i.responsibilities.length > 0 && <span>责任事项：{i.responsibilities.join('；')}</span>}
              {Object.entries(i.extra).map(([k, v]) => (
                <span key={k}>
                  {columnLabel(k)}：{v}
                </span>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
