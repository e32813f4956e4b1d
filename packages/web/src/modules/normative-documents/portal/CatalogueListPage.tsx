// 现行有效的行政规范性文件统一公开查询: anyone searches the region's documents in force by words or 文号 and
// filters by 制定机关, year and type. The filters live in the address (?q=&issuerOrgId=&year=&kind=&page=), so a
// search can be bookmarked and shared.
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Input, List, Select, Tag, Typography } from 'antd';
import { useApi } from '../../../api/hooks';
import type { CatalogueFacets, CataloguePage } from '@fazhi/core/contracts';
import { cnDate, kindOptions } from './catalogue-format';
import './catalogue.css';

const PAGE_SIZE = 20;

export default function CatalogueListPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const issuerOrgId = params.get('issuerOrgId') ?? undefined;
  const year = params.get('year') ?? undefined;
  const kind = params.get('kind') ?? undefined;
  const validity = params.get('validity') ?? undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const facets = useApi<CatalogueFacets>('/public/normative-documents/facets');
  const list = useApi<CataloguePage>('/public/normative-documents', {
    q: q || undefined,
    issuerOrgId,
    year,
    kind,
    validity,
    page,
    pageSize: PAGE_SIZE,
  });

  /** Changes one filter and goes back to the first page. */
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };

  return (
    <Card title="现行有效的行政规范性文件统一公开查询">
      <Typography.Paragraph type="secondary">
        本栏目公布本级现行有效的行政规范性文件，可按关键词、文号（如“示政规〔2026〕3号”）检索，或按制定机关、发布年份、文件类型筛选。
      </Typography.Paragraph>
      <div className="fz-cat-filters">
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          enterButton="检索"
          placeholder="输入标题、正文中的词语或文号"
          aria-label="检索规范性文件"
          maxLength={50}
          onSearch={(v) => set('q', v.trim() || undefined)}
        />
        <Select
          allowClear
          placeholder="制定机关"
          aria-label="制定机关"
          value={issuerOrgId}
          loading={facets.loading}
          options={(facets.data?.issuers ?? []).map((i) => ({ value: i.id, label: i.name }))}
          onChange={(v?: string) => set('issuerOrgId', v)}
        />
        <Select
          allowClear
          placeholder="发布年份"
          aria-label="发布年份"
          value={year}
          options={(facets.data?.years ?? []).map((y) => ({ value: String(y), label: `${y}年` }))}
          onChange={(v?: string) => set('year', v)}
        />
        <Select
          allowClear
          placeholder="文件类型"
          aria-label="文件类型"
          value={kind}
          options={kindOptions.map((k) => ({ value: k.value, label: k.label }))}
          onChange={(v?: string) => set('kind', v)}
        />
        <Select
          allowClear
          placeholder="效力状态"
          aria-label="效力状态"
          value={validity}
          options={[
            { value: 'in_force', label: '现行有效' },
            { value: 'not_yet_effective', label: '已公布、尚未施行' },
          ]}
          onChange={(v?: string) => set('validity', v)}
        />
      </div>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 16 }} />}
      {facets.error && <Alert type="warning" showIcon message={facets.error.message} style={{ marginBottom: 16 }} />}
      <List
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        header={
          list.data ? (
            <span>
              {list.data.totalCapped
                ? `符合条件的文件超过 ${list.data.total} 件，以下可翻阅最新的 ${list.data.total} 件，可增加关键词或筛选条件缩小范围`
                : `共找到 ${list.data.total} 件现行有效的规范性文件`}
            </span>
          ) : null
        }
        locale={{
          emptyText: q
            ? `没有找到与「${q}」相关的现行有效文件，请换个关键词或文号试试。`
            : '暂无符合条件的现行有效文件。',
        }}
        pagination={
          list.data && list.data.total > PAGE_SIZE
            ? {
                current: page,
                pageSize: PAGE_SIZE,
                total: list.data.total,
                showSizeChanger: false,
                size: 'small',
                onChange: (p) => set('page', String(p)),
              }
            : false
        }
        renderItem={(d) => (
          <List.Item key={d.id}>
            <div style={{ width: '100%' }}>
              <div className="fz-cat-item-title">
                <Link to={`/normative-documents/${d.id}`}>{d.title}</Link>
                {d.kind !== 'ordinary' && <Tag style={{ marginLeft: 8 }}>{d.kindLabel}</Tag>}
                <Tag color={d.statusLabel === '现行有效' ? 'green' : 'blue'} style={{ marginLeft: 8 }}>
                  {d.statusLabel}
                </Tag>
              </div>
              <div className="fz-cat-meta">
                <span>文号：{d.docNumber ?? '—'}</span>
                <span>制定机关：{d.issuerName}</span>
                <span>发布日期：{cnDate(d.publishedOn)}</span>
                <span>施行日期：{cnDate(d.effectiveOn)}</span>
                <span>有效期至：{cnDate(d.expiresOn)}</span>
              </div>
              {d.snippet && <div className="fz-cat-snippet">{d.snippet}</div>}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
