// The period of a statistics page: a range of days and the quick picks (本年度, 上年度, 本季度) from the server's today.
import { useMemo } from 'react';
import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useToday } from '../shell/session';
import { periodPresets, type Period } from './statistics-period';

export default function StatisticsPeriodPicker({
  period,
  onChange,
}: {
  period: Period;
  onChange: (p: Period) => void;
}) {
  const today = useToday();
  const presets = useMemo(() => periodPresets(today), [today]);
  return (
    <>
      统计期间：
      <DatePicker.RangePicker
        value={[dayjs(period.from), dayjs(period.to)]}
        allowClear={false}
        aria-label="统计期间"
        onChange={(v) => {
          if (v?.[0] && v[1]) onChange({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
        }}
      />
      <Space.Compact>
        {presets.map((p) => (
          <Button
            key={p.key}
            type={p.period.from === period.from && p.period.to === period.to ? 'primary' : 'default'}
            onClick={() => onChange(p.period)}
          >
            {p.label}
          </Button>
        ))}
      </Space.Compact>
    </>
  );
}
