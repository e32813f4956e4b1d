// 行政规范性文件: the documents this person may see (their unit's, or the region's for the justice bureau), with
// filters, the full-text search box (sent as `q`), paging, and the way to start a new draft.
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Input, Select, Table } from 'antd';
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { DocumentKind, ShownStatus } from '@fazhi/core/normative-documents';
import { useApi } from '../../../api/hooks';
import type { OrgRow, Page, FilingStatus, NormativeListItem } from '@fazhi/core/contracts';
import { useSession, useToday } from '../../../shell/session';
import CatalogueTransfer from './CatalogueTransfer';
import { cnDate, DemoTag, FilingTag, filingStatusOptions, StatusTag } from '../normative-format';
import { documentKindLabels, shownStatusLabels } from '../normative-labels';

// the list filters by the status shown today; 有效期届满 but not yet recorded is no filter of its own
type ListedStatus = Exclude<ShownStatus, 'expired'>;

const PAGE_SIZE = 20;
/** 即将到期: within the post-evaluation lead period (6 months before expiry by default, seed 002 task 9). */
const EXPIRING_WITHIN_DAYS = 183;

// a type (not an interface) so that it is a Record<string, string | number | undefined> for the catalogue export
type Filters = {
  status?: ListedStatus;
  kind?: DocumentKind;
  year?: number;
  draftingOrgId?: string;
  filingStatus?: FilingStatus;
  expiringWithinDays?: number;
  q?: string;
};

export default function NormativeListPage() {
  const { holds } = useSession();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const list = useApi<Page<NormativeListItem> & { totalCapped?: boolean }>('/normative-documents', {
    ...filters,
    page,
    pageSize: PAGE_SIZE,
  });
  const orgs = useApi<{ items: OrgRow[] }>('/orgs');
  // 起草单位 filter: for those who see more than one unit (the justice bureau's reviewers, a head with sub-units)
  const unitOptions = useMemo(
    () =>
      (orgs.data?.items ?? []).filter((o) => o.kind !== 'internal_office').map((o) => ({ value: o.id, label: o.name })),
    [orgs.data],
  );
  const today = useToday();
  const years = useMemo(() => {
    const now = Number(today.slice(0, 4));
    return Array.from({ length: now - 2009 }, (_, i) => ({ value: now - i, label: `${now - i}年` }));
  }, [today]);
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');

  return (
    <div className="fz-panel">
      <div className="fz-toolbar">
        <h2 style={{ margin: 0, fontSize: 18 }}>
          <FileTextOutlined /> 行政规范性文件
        </h2>
        <span style={{ flex: 1 }} />
        <CatalogueTransfer filters={filters} onImported={list.reload} />
        {holds('normative.draft') && (
          <Link to={consoleLink(normativeMenu, 'normative-documents', 'new')}>
            <Button type="primary" icon={<PlusOutlined />}>
              起草规范性文件
            </Button>
          </Link>
        )}
      </div>
      <div className="fz-toolbar">
        <Input.Search
          placeholder="全文检索：标题、文号、正文"
          allowClear
          enterButton="检索"
          aria-label="全文检索"
          onSearch={(v) => set({ q: v.trim() || undefined })}
          style={{ width: 320 }}
        />
        <Select
          placeholder="状态"
          aria-label="状态"
          allowClear
          value={filters.status}
          onChange={(v?: ListedStatus) => set({ status: v })}
          options={Object.entries(shownStatusLabels)
            .filter(([value]) => value !== 'expired')
            .map(([value, label]) => ({ value, label }))}
          style={{ width: 170 }}
        />
        <Select
          placeholder="类型"
          aria-label="类型"
          allowClear
          value={filters.kind}
          onChange={(v?: DocumentKind) => set({ kind: v })}
          options={Object.entries(documentKindLabels).map(([value, label]) => ({ value, label }))}
          style={{ width: 100 }}
        />
        <Select
          placeholder="发布年份"
          aria-label="发布年份"
          allowClear
          value={filters.year}
          onChange={(v?: number) => set({ year: v })}
          options={years}
          style={{ width: 120 }}
        />
        {unitOptions.length > 1 && (
          <Select
            placeholder="起草单位"
            aria-label="起草单位"
            allowClear
            showSearch
            optionFilterProp="label"
            value={filters.draftingOrgId}
            onChange={(v?: string) => set({ draftingOrgId: v })}
            options={unitOptions}
            style={{ width: 220 }}
          />
        )}
        <Select
          placeholder="备案情况"
          aria-label="备案情况"
          allowClear
          value={filters.filingStatus}
          onChange={(v?: FilingStatus) => set({ filingStatus: v })}
          options={filingStatusOptions}
          style={{ width: 170 }}
        />
        <Checkbox
          checked={filters.expiringWithinDays !== undefined}
          onChange={(e) => set({ expiringWithinDays: e.target.checked ? EXPIRING_WITHIN_DAYS : undefined })}
        >
          半年内到期
        </Checkbox>
      </div>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      {list.data?.totalCapped && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`符合条件的文件超过 ${list.data.total} 件，列表可翻阅最新的 ${list.data.total} 件，可增加关键词或筛选条件缩小范围；导出包含全部符合条件的文件。`}
        />
      )}
      <div data-testid="normative-list">
        <Table
          size="middle"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          onRow={(r) => ({
            onClick: () => navigate(consoleLink(normativeMenu, 'normative-documents', r.id)),
            style: { cursor: 'pointer' },
          })}
          locale={{
            emptyText: filtered
              ? '没有符合条件的规范性文件，请调整检索或筛选条件。'
              : holds('normative.draft')
                ? '还没有规范性文件。点击「起草规范性文件」开始起草。'
                : '还没有可查看的规范性文件。',
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (t) => (list.data?.totalCapped ? `超过 ${t} 件` : `共 ${t} 件`),
          }}
          columns={[
            { title: '文号', dataIndex: 'docNumber', width: 170, render: (v: string | null) => v ?? '（未编号）' },
            {
              title: '标题',
              dataIndex: 'title',
              render: (v: string, r: NormativeListItem) => (
                <>
                  <Link
                    to={consoleLink(normativeMenu, 'normative-documents', r.id)}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {v}
                  </Link>{' '}
                  <DemoTag isDemo={r.isDemo} />
                </>
              ),
            },
            { title: '起草单位', dataIndex: 'draftingOrgName', width: 180 },
            {
              title: '状态',
              dataIndex: 'status',
              width: 150,
              render: (_: unknown, r: NormativeListItem) => <StatusTag status={r.shownStatus} label={r.statusLabel} />,
            },
            { title: '发布日期', dataIndex: 'publishedOn', width: 130, render: (v: string | null) => cnDate(v) || '—' },
            { title: '有效期至', dataIndex: 'expiresOn', width: 130, render: (v: string | null) => cnDate(v) || '—' },
            {
              title: '备案情况',
              dataIndex: 'filingStatus',
              width: 160,
              render: (_: unknown, r: NormativeListItem) => (
                <FilingTag status={r.filingStatus} label={r.filingStatusLabel} />
              ),
            },
          ]}
        />
      </div>
    </div>
  );
}
