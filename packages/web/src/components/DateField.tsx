// The one date field of the console and portal: antd's DatePicker in the zh-cn locale, so a date reads 2026年12月6日
// whatever the browser's language (a native date input follows the browser and shows mm/dd/yyyy on an English one;
// docs/architecture.md "Dates on screen"). The form value stays the API's YYYY-MM-DD string. Typing is accepted in
// the display style and as YYYY-MM-DD. Only lazily loaded pages import this, which keeps the picker out of the
// sign-in and shell bundle.
import type { CSSProperties } from 'react';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

const ISO = 'YYYY-MM-DD';
// the first format is the one shown; the others are only read when typed
const FORMATS = ['YYYY年M月D日', ISO];

export interface DateFieldProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  style?: CSSProperties;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

export default function DateField({ value, onChange, placeholder = '请选择日期', ...rest }: DateFieldProps) {
  const day = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : null;
  return (
    <DatePicker
      {...rest}
      value={day?.isValid() ? day : null}
      format={FORMATS}
      placeholder={placeholder}
      onChange={(d) => onChange?.(d ? d.format(ISO) : undefined)}
    />
  );
}
