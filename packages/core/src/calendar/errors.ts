// Typed errors of the calendar engine. Each code has one stable Chinese title; the message adds the offending
// value so that a clerk (or the CLI's single stderr line) can see what to fix.

export type CalendarErrorCode =
  | 'UNKNOWN_RULE'
  | 'INVALID_DATE'
  | 'INVALID_DATETIME'
  | 'INVALID_PAUSE'
  | 'INVALID_RESTART'
  | 'NOT_PAUSABLE'
  | 'NO_EXTENSION'
  | 'NOT_OVERRIDABLE'
  | 'INVALID_AMOUNT'
  | 'INVALID_CALENDAR'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_YEAR';

export const calendarErrorTitles = {
  UNKNOWN_RULE: '未知的期限规则',
  INVALID_DATE: '日期无效',
  INVALID_DATETIME: '时间无效',
  INVALID_PAUSE: '中止期间无效',
  INVALID_RESTART: '重新起算日期无效',
  NOT_PAUSABLE: '该期限不允许中止计算',
  NO_EXTENSION: '该期限没有法定延长期',
  NOT_OVERRIDABLE: '该期限不允许由本地区调整',
  INVALID_AMOUNT: '期限数值无效',
  INVALID_CALENDAR: '节假日数据无效',
  INVALID_ARGUMENT: '参数无效',
  UNKNOWN_YEAR: '未载入该年度节假日安排',
} satisfies Record<CalendarErrorCode, string>;

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;

  constructor(code: CalendarErrorCode, detail?: string) {
    super(detail ? `${calendarErrorTitles[code]}：${detail}` : calendarErrorTitles[code]);
    this.name = 'CalendarError';
    this.code = code;
  }
}
