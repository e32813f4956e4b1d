// 工作日历: the year view with each day's reason and the notice it comes from, loading or correcting a year,
// the region's local holidays, and the record of changes with the deadlines each one moved.
import { useState } from 'react';
import { Alert, Button, Descriptions, Empty, Modal, Select, Table, Tabs, Tag } from 'antd';
import { useApi } from '../../api/hooks';
import type { CalendarChangeSummary, CalendarYear, Page } from '@fazhi/core/contracts';
import { useSession, useToday } from '../../shell/session';
import { displayTime } from '../../shell/datetime';
import YearView from './YearView';
import LoadYearModal from './LoadYearModal';
import LocalHolidays from './LocalHolidays';
import ChangeMoves from './ChangeMoves';

export default function CalendarPage() {
  const { session, holds } = useSession();
  const years = useApi<{ items: CalendarYear[] }>('/calendar/years');
  const [picked, setPicked] = useState<number | null>(null);
  const activeRegion =
    session.assignments.find((a) => a.orgId === session.activeOrgId)?.regionCode ??
    session.assignments.find((a) => a.regionCode)?.regionCode ??
    null;
  const [regionCode, setRegionCode] = useState<string | null>(activeRegion);
  const [editing, setEditing] = useState<CalendarYear | 'new' | null>(null);
  const [shownChange, setShownChange] = useState<string | null>(null);
  const [changesPage, setChangesPage] = useState(1);
  const changes = useApi<Page<CalendarChangeSummary>>('/calendar/changes', { page: changesPage, pageSize: 10 });
  const items = years.data?.items ?? [];
  const thisYear = Number(useToday().slice(0, 4));
  const year = items.find((y) => y.year === picked) ?? items.find((y) => y.year === thisYear) ?? items[0];

  const changed = (c: CalendarChangeSummary) => {
    setEditing(null);
    years.reload();
    changes.reload();
    setShownChange(c.id);
  };

  const yearTab = (
    <>
      {years.error && <Alert type="error" showIcon message={years.error.message} />}
      <div className="fz-toolbar">
        年度：
        <Select
          value={year?.year}
          onChange={setPicked}
          style={{ width: 120 }}
          options={items.map((y) => ({ value: y.year, label: `${y.year}年` }))}
          aria-label="年度"
        />
        <span style={{ flex: 1 }} />
        {year?.abilities.update && <Button onClick={() => setEditing(year)}>更正本年度安排</Button>}
        {holds('calendar.manage') && (
          <Button type="primary" onClick={() => setEditing('new')}>
            按通知载入新年度
          </Button>
        )}
      </div>
      {!year && !years.loading && <Empty description="尚未载入任何年度的放假安排。请按国务院办公厅的通知载入。" />}
      {year && (
        <>
          <Descriptions size="small" bordered column={3} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="依据" span={2}>
              {year.source.title}
              {year.source.docNumber && `（${year.source.docNumber}）`}
            </Descriptions.Item>
            <Descriptions.Item label="发布日期">{year.source.issuedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="节假日" span={3}>
              {year.holidays.map((h) => (
                <Tag key={h.name + h.from} style={{ marginBottom: 4 }}>
                  {h.name} {h.from.slice(5)}至{h.to.slice(5)}
                  {h.makeUpWorkdays.length > 0 && `，${h.makeUpWorkdays.map((d) => d.slice(5)).join('、')}上班`}
                </Tag>
              ))}
            </Descriptions.Item>
          </Descriptions>
          <YearView year={year.year} regionCode={regionCode} />
        </>
      )}
    </>
  );

  const changesTab = (
    <Table
      size="small"
      rowKey="id"
      loading={changes.loading}
      dataSource={changes.data?.items ?? []}
      locale={{ emptyText: '日历尚未调整过。' }}
      onRow={(c) => ({ onClick: () => setShownChange(c.id), style: { cursor: 'pointer' } })}
      pagination={{ current: changesPage, pageSize: 10, total: changes.data?.total ?? 0, onChange: setChangesPage }}
      columns={[
        { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => displayTime(v) },
        { title: '操作人', dataIndex: 'actorName', width: 150, render: (v: string | null) => v ?? '系统' },
        { title: '内容', dataIndex: 'summary' },
        {
          title: '变动期限',
          dataIndex: 'movedCount',
          width: 100,
          render: (n: number) => (n ? <Tag color="orange">{n} 个</Tag> : '无'),
        },
      ]}
    />
  );

  return (
    <div className="fz-panel">
      <h2 style={{ marginTop: 0, fontSize: 18 }}>工作日历</h2>
      <Tabs
        items={[
          { key: 'year', label: '年度日历', children: yearTab },
          {
            key: 'local',
            label: '地方节假日',
            children: <LocalHolidays regionCode={regionCode} onRegion={setRegionCode} onChange={(c) => changed(c)} />,
          },
          { key: 'changes', label: '调整记录', children: changesTab },
        ]}
      />
      {editing !== null && (
        <LoadYearModal
          initial={editing === 'new' ? null : editing}
          open
          onClose={() => setEditing(null)}
          onSaved={changed}
        />
      )}
      <Modal
        title="日历调整结果"
        open={shownChange !== null}
        onCancel={() => setShownChange(null)}
        footer={null}
        width={900}
      >
        {shownChange && <ChangeMoves changeId={shownChange} />}
      </Modal>
    </div>
  );
}
