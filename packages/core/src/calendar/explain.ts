// Turns a counting trace into the explanation a clerk reads next to a deadline: the rule and its article, how the
// period is counted, the start, every holiday skipped and make-up day counted, pauses, the extension, the roll of
// the last day, the due date, and warnings (provisional calendar, unverified number).
import type { WorkingCalendar } from './calendar';
import { amountLabel, basisOf } from './catalogue';
import type { PauseSpan, RollMode, Segment } from './count';
import type { DeadlineTrace } from './deadline';
import {
  type DayNumber,
  chineseDate,
  chineseInstant,
  civilFromDayNumber,
  formatIsoDate,
  parseIsoDate,
  yearOf,
} from './dates';
import { LAW } from './rules/define';
import type { StatuteRule } from './types';

const CIVIL_PROCEDURE_85 = '《中华人民共和国民事诉讼法》第八十五条';
const CIVIL_CODE_202 = '《中华人民共和国民法典》第二百零二条';

const workingDayBasis: Record<string, string> = {
  [LAW.reconsideration]:
    '《中华人民共和国行政复议法》第八十八条第二款规定，“三日”“五日”“七日”“十日”指工作日，不含法定休假日',
  [LAW.penalty]: '《中华人民共和国行政处罚法》第八十五条规定，“二日”“三日”“五日”“七日”指工作日，不含法定节假日',
};

// The start-day rule comes from 《民事诉讼法》第八十五条; these laws apply it expressly to their own periods.
const startDayBridge: Record<string, string> = {
  [LAW.reconsideration]: '，依《中华人民共和国行政复议法》第八十八条第一款适用',
  [LAW.litigation]: '，依《中华人民共和国行政诉讼法》第一百零一条适用',
};

function shortDate(day: DayNumber): string {
  const { year, month, day: d } = civilFromDayNumber(day);
  return `${year}年${month}月${d}日`;
}

function isoToShort(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** Why a day is not a working day, e.g. '国庆节、中秋节放假日' or '周末休息日'. */
function dayOffReason(cal: WorkingCalendar, day: DayNumber): string {
  const info = cal.dayInfo(formatIsoDate(day));
  if (info.reason === 'holiday') return `${info.holidayName ?? ''}放假日（法定节假日）`;
  if (info.reason === 'local_holiday') return `${info.holidayName ?? ''}（地方节假日）`;
  return '周末休息日';
}

function ruleLine(rule: StatuteRule, amount: number, localBasis?: string): string {
  const basis = localBasis ?? basisOf(rule);
  if (rule.unit === 'fixed_date' && rule.fixed) {
    const f = rule.fixed;
    const which = f.yearOffset === 1 ? '次年' : '当年';
    return `期限规则：${rule.title}——${basis}，应于${which}${f.month}月${f.day}日前完成。`;
  }
  const len = amountLabel(amount, rule.unit);
  if (rule.direction === 'before') return `期限规则：${rule.title}——${basis}，应在事件日前至少${len}完成。`;
  if (rule.limit === 'at_least') return `期限规则：${rule.title}——${basis}，期间不少于${len}。`;
  if (rule.validity) return `期限规则：${rule.title}——${basis}，有效期为${len}。`;
  return `期限规则：${rule.title}——${basis}，期限为${len}。`;
}

function methodLines(trace: DeadlineTrace): string[] {
  const { rule, onlyHolidays } = trace.prepared;
  const lines: string[] = [];
  const rollSetting = onlyHolidays
    ? '本地区设置：仅在该日为法定节假日（通知所列放假日或地方节假日）时调整，普通周末不调整。'
    : '本地区设置：该日为周六、周日等休息日的，同样调整至工作日。';
  if (rule.unit === 'hours') {
    lines.push(
      '计算方法：按小时计算的期间自起算时刻起连续计算，不因节假日中断或顺延（届满时刻 = 起算时刻 + 小时数）。',
    );
    return lines;
  }
  if (rule.validity) {
    lines.push(
      `计算方法：有效期自起始日（含当日）起连续计算，至期满年度对应日的前一日止；没有对应日的，以该月最后一日为对应日（${CIVIL_CODE_202}）。`,
      '有效期不是办理期限，最后一日遇节假日不顺延。',
    );
    return lines;
  }
  if (rule.unit === 'fixed_date' && rule.fixed) {
    const f = rule.fixed;
    const scope = f.inclusive
      ? `“${f.month}月${f.day}日前”含当日`
      : `“${f.month}月${f.day}日前”不含${f.month}月${f.day}日当日，最后允许日期为前一日`;
    lines.push(`计算方法：${scope}；固定日期不属于期间，不适用顺延，该日不是工作日的，提前至此前最后一个工作日。`);
    lines.push(rollSetting);
    return lines;
  }
  if (rule.unit === 'working_days') {
    const basis = workingDayBasis[rule.law] ?? `${basisOf(rule)}明确以工作日计算`;
    lines.push(`计算方法：${basis}；放假调休日不计入，调休上班日计为工作日。`);
  } else {
    lines.push('计算方法：按自然日连续计算，期间内的节假日照常计入。');
    if (rule.unit === 'months' || rule.unit === 'years') {
      lines.push(
        `按月、年计算的，到期月的对应日为期间最后一日；没有对应日的，以该月最后一日为期间最后一日（${CIVIL_CODE_202}）。`,
      );
    }
    if (rule.direction === 'before') {
      lines.push('倒推得出的最迟日期不是工作日的，提前至此前最后一个工作日，以保证法定的最短间隔。');
      lines.push(rollSetting);
    } else if (rule.limit === 'at_least') {
      lines.push('本期限为最短期间，届满日不因节假日顺延。');
    } else {
      lines.push(`期间最后一日为法定节假日的，以节假日后的第一日为期间届满日（${CIVIL_PROCEDURE_85}）。`);
      lines.push(rollSetting);
    }
  }
  return lines;
}

/** Holidays skipped and make-up days counted in [lo, hi] (working-day counts only), minding the pauses. */
function workingDayDetails(cal: WorkingCalendar, lo: DayNumber, hi: DayNumber, pauses: readonly PauseSpan[]): string[] {
  if (lo > hi) return [];
  const lines: string[] = [];
  const paused = (a: DayNumber, b: DayNumber): boolean => pauses.some((p) => p.start <= a && b <= p.end);
  for (const r of cal.spansBetween(lo, hi)) {
    const where = r.regionCode ? `地方节假日（${r.regionCode}，${r.source}）` : '放假调休';
    const inPause = paused(Math.max(lo, parseIsoDate(r.from)), Math.min(hi, parseIsoDate(r.to)))
      ? '，在中止期间内'
      : '';
    lines.push(`跳过${where}：${r.name}，${isoToShort(r.from)}至${isoToShort(r.to)}（共${r.days}天${inPause}）。`);
  }
  for (const m of cal.makeUpsBetween(lo, hi)) {
    const day = parseIsoDate(m.date);
    lines.push(
      paused(day, day)
        ? `调休上班日${isoToShort(m.date)}（${m.weekday}，${m.name}调休上班）在中止期间内，不计入期限。`
        : `计入调休上班日：${isoToShort(m.date)}（${m.weekday}，${m.name}调休上班）。`,
    );
  }
  return lines;
}

function makeUpName(cal: WorkingCalendar, day: DayNumber): string | undefined {
  const info = cal.dayInfo(formatIsoDate(day));
  return info.reason === 'makeup_workday' ? info.holidayName : undefined;
}

function segmentLines(
  cal: WorkingCalendar,
  seg: Segment,
  rule: StatuteRule,
  mode: RollMode,
  onlyHolidays: boolean,
): string[] {
  const lines: string[] = [];
  const working = seg.unit === 'working_days';
  const pauseLines = seg.pauses.map((p) => {
    const range = `${shortDate(p.start)}至${shortDate(p.end)}${p.reason ? `（${p.reason}）` : ''}`;
    return working
      ? `中止计算：${range}，其间${p.skipped}个工作日不计入期限。`
      : `中止计算：${range}，其间${p.skipped}日不计入期限，期限相应顺延${p.skipped}日。`;
  });
  if (rule.unit === 'fixed_date') {
    lines.push(`最后允许日期为${chineseDate(seg.lastDay)}。`);
  } else if (rule.direction === 'before') {
    if (working) {
      lines.push(...workingDayDetails(cal, seg.end, seg.start - 1, []));
      lines.push(`自事件日前一日向前倒数第${seg.amount}个工作日为${chineseDate(seg.end)}。`);
    } else {
      lines.push(`事件日前${amountLabel(seg.amount, seg.unit)}为${chineseDate(seg.lastDay)}。`);
    }
  } else if (working) {
    lines.push(...workingDayDetails(cal, seg.start + 1, seg.end, seg.pauses), ...pauseLines);
    const total = seg.end - seg.start;
    const wd = cal.ordinalAt(seg.end) - cal.ordinalAt(seg.start);
    const paused = seg.pauses.reduce((sum, p) => sum + p.skipped, 0);
    const note = paused > 0 ? `（含中止期间不计入的${paused}日）` : '';
    lines.push(
      `自${shortDate(seg.start + 1)}至${shortDate(seg.end)}共${total}日，其中工作日${wd}日${note}，` +
        `第${seg.amount}个计入期限的工作日为${chineseDate(seg.end)}。`,
    );
  } else {
    lines.push(...pauseLines, `期间最后一日为${chineseDate(seg.lastDay)}。`);
  }
  if (!working) {
    const backward = rule.direction === 'before' || rule.unit === 'fixed_date';
    if (seg.end !== seg.lastDay) {
      const verb = backward
        ? onlyHolidays
          ? '提前至节假日前一日'
          : '提前至此前最后一个工作日'
        : `顺延至${onlyHolidays ? '节假日后的第一日' : '下一个工作日'}`;
      const cite = backward ? '' : `（${CIVIL_PROCEDURE_85}）`;
      lines.push(`该日为${dayOffReason(cal, seg.lastDay)}，${verb}${chineseDate(seg.end)}${cite}。`);
    } else if (onlyHolidays && !cal.workingAt(seg.lastDay) && !cal.holidayAt(seg.lastDay)) {
      lines.push('该日为周末休息日，按本地区设置不作调整。');
    } else if (mode !== 'none' && makeUpName(cal, seg.end)) {
      lines.push(`该日为${makeUpName(cal, seg.end) ?? ''}调休上班日，按工作日计算，无需调整。`);
    }
  }
  return lines;
}

function dueLine(trace: DeadlineTrace): string {
  const { rule, amount } = trace.prepared;
  if (rule.unit === 'hours') return `届满时刻：${chineseInstant(trace.due)}，应在此前完成。`;
  const due = chineseDate(trace.due);
  if (rule.unit === 'fixed_date') return `截止日期：${due}，应在该日（含当日）前完成。`;
  if (rule.direction === 'before') {
    return `最迟日期：${due}，应在该日（含当日）前完成，方能满足事件日前至少${amountLabel(amount, rule.unit)}的要求。`;
  }
  if (rule.limit === 'at_least') return `最早届满日：${due}，期间不得早于该日结束。`;
  if (rule.validity) return `有效期最后一日：${due}，此后失效。`;
  return `期限届满日：${due}，应在该日（含当日）前完成。`;
}

export function explainDeadline(cal: WorkingCalendar, trace: DeadlineTrace): string[] {
  const p = trace.prepared;
  const { rule } = p;
  // the rule line cites the basis of the amount applied: the region's own rule when it names one, otherwise the
  // catalogue's source with the catalogue's amount, and the region's amount on the next line
  const lines = [ruleLine(rule, p.localBasis ? p.amount : (p.overriddenFrom ?? p.amount), p.localBasis)];
  if (rule.note) lines.push(`说明：${rule.note}。`);
  if (p.overriddenFrom !== undefined) {
    lines.push(
      p.localBasis
        ? `本地区规定：${p.localBasis}规定为${amountLabel(p.amount, rule.unit)}（${basisOf(rule)}规定为${amountLabel(p.overriddenFrom, rule.unit)}）。`
        : `本地区设置：期限调整为${amountLabel(p.amount, rule.unit)}（目录默认为${amountLabel(p.overriddenFrom, rule.unit)}）。`,
    );
  }
  // an amount the catalogue could not check against an official text: staff are told the region may set its own
  // (region_settings, 地方设定参数) rather than handed an internal verification note
  if (!rule.verified)
    lines.push(
      '本地区对该期限另有规定的，可由系统管理员在“地方设定参数”中调整期限数值；节假日和调休以“工作日历”为准。',
    );
  lines.push(...methodLines(trace));

  if (rule.unit === 'hours') {
    lines.push(`起算时刻：${chineseInstant(p.start)}。`);
  } else if (rule.unit === 'fixed_date') {
    const offset = rule.fixed?.yearOffset ?? 0;
    lines.push(
      `所属年度：${yearOf(p.start)}年（依据日期${shortDate(p.start)}），截止年份为${yearOf(p.start) + offset}年。`,
    );
  } else if (rule.direction === 'before') {
    lines.push(`事件日：${chineseDate(p.start)}，当日不计入，自前一日起向前倒数。`);
  } else {
    if (p.originalStart !== undefined) {
      lines.push(`重新起算：原起算日为${chineseDate(p.originalStart)}，现自${chineseDate(p.start)}重新起算。`);
    }
    const bridge = startDayBridge[rule.law] ?? '';
    lines.push(
      rule.validity
        ? `起始日：${chineseDate(p.start)}，当日计入有效期。`
        : `起算日：${chineseDate(p.start)}，当日不计入，自次日开始计算（${CIVIL_PROCEDURE_85}${bridge}）。`,
    );
  }

  if (trace.main) lines.push(...segmentLines(cal, trace.main, rule, trace.mainMode, p.onlyHolidays));
  if (trace.extension && rule.extension) {
    const ext = trace.extension;
    const length = amountLabel(ext.amount, ext.unit);
    // a period in working days never rolls, so the two readings of an extension (deadline.ts) only differ for
    // calendar periods
    lines.push(
      rule.unit === 'working_days'
        ? `经批准延长：自原届满日${chineseDate(ext.start)}（当日不计入）起再计算${length}（${basisOf(rule)}）。`
        : p.extendFromRolledDue
          ? `经批准延长：自顺延后的原届满日${chineseDate(ext.start)}（当日不计入）起再计算${length}（${basisOf(rule)}；本地区设置：延长期间自顺延后的原届满日起算）。`
          : `经批准延长：原期限与延长期限自起算日连续计算，自原期限末日${chineseDate(ext.start)}（不顺延，当日不计入）起再计算${length}，仅最终届满日遇节假日顺延，延长不超过法定的${length}（${basisOf(rule)}）。`,
    );
    const extMode: RollMode = ext.unit === 'working_days' ? 'none' : 'forward';
    lines.push(...segmentLines(cal, ext, { ...rule, direction: 'after', unit: ext.unit }, extMode, p.onlyHolidays));
  }
  const applied = new Set([...(trace.main?.pauses ?? []), ...(trace.extension?.pauses ?? [])].map((e) => e.start));
  for (const pause of p.pauses) {
    if (applied.has(pause.start)) continue;
    lines.push(`中止期间${shortDate(pause.start)}至${shortDate(pause.end)}不在计算期间内，未影响期限。`);
  }
  lines.push(dueLine(trace));
  if (trace.provisional) {
    lines.push(
      `⚠ 临时结果：计算涉及${trace.provisionalYears.join('、')}年，该年度国务院办公厅节假日安排尚未载入（已载入${cal.firstYear}年至${cal.lastYear}年），暂按周一至周五为工作日计算；安排公布后须重新计算。`,
    );
  }
  return lines;
}
