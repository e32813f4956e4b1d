// A year at a glance: every day coloured by what the calendar engine says of it (周末, 法定节假日, 调休上班日, 地方节日),
// with the reason on hover.
import { Alert, Spin, Tooltip } from 'antd';
import { useApi } from '../../api/hooks';
import type { CalendarDay } from '@fazhi/core/contracts';

const weekdayHeads = ['一', '二', '三', '四', '五', '六', '日'];

function dayClass(d: CalendarDay): string {
  if (d.reason.startsWith('调休')) return 'fz-day makeup';
  if (d.reason.startsWith('地方')) return 'fz-day local';
  if (d.reason.startsWith('法定')) return 'fz-day holiday';
  return d.workday ? 'fz-day' : 'fz-day off';
}

export default function YearView({ year, regionCode }: { year: number; regionCode: string | null }) {
  const days = useApi<{ items: CalendarDay[] }>('/calendar/days', {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    regionCode,
  });
  if (days.error) return <Alert type="error" showIcon message={days.error.message} />;
  if (!days.data) return <Spin />;
  const byMonth = Array.from(
    { length: 12 },
    (_, m) => days.data?.items.filter((d) => Number(d.date.slice(5, 7)) === m + 1) ?? [],
  );
  return (
    <>
      <div className="fz-toolbar" style={{ fontSize: 12 }}>
        图例：<span className="fz-day holiday">&nbsp;法定节假日&nbsp;</span>
        <span className="fz-day makeup">&nbsp;调休上班日&nbsp;</span>
        <span className="fz-day local">&nbsp;地方节日&nbsp;</span>
        <span className="fz-day off">&nbsp;周末&nbsp;</span>
        {days.data.items.some((d) => d.provisional) && <span>（部分日期为暂定：该年度放假安排尚未载入）</span>}
      </div>
      <div className="fz-year">
        {byMonth.map((list, m) => {
          const first = list[0];
          const lead = first ? (new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
          return (
            <div className="fz-month" key={m}>
              <h4>{m + 1}月</h4>
              <div className="fz-month-grid">
                {weekdayHeads.map((w) => (
                  <span key={w} style={{ color: '#888' }}>
                    {w}
                  </span>
                ))}
                {Array.from({ length: lead }, (_, i) => (
                  <span key={`lead-${i}`} />
                ))}
                {list.map((d) => (
                  <Tooltip key={d.date} title={`${d.date} ${d.reason}${d.provisional ? '（暂定）' : ''}`}>
                    <span className={dayClass(d)}>{Number(d.date.slice(8))}</span>
                  </Tooltip>
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </>
  );
}
