// Small shared pieces of the console's document pages: status and filing tags, the demo label, Chinese dates, and
// the splitting of a pasted text into articles (第X条).
import { Tag } from 'antd';
import type { ShownStatus } from '@fazhi/core/normative-documents';
import type { FilingStatus } from '@fazhi/core/contracts';
import { filingStatusLabels } from './normative-labels';

const statusColors: Record<ShownStatus, string> = {
  drafting: 'default',
  consultation: 'processing',
  legality_review: 'purple',
  deliberation: 'cyan',
  approved: 'geekblue',
  published: 'success',
  not_yet_effective: 'blue',
  expired: 'default',
  amendment_pending: 'warning',
  repealed: 'error',
  lapsed: 'default',
  withdrawn: 'default',
};

export function StatusTag({ status, label }: { status: ShownStatus; label: string }) {
  return (
    <Tag color={statusColors[status]} data-testid="document-status">
      {label}
    </Tag>
  );
}

/** Core's labels (the server's too), for the filter. */
export const filingStatusOptions: { value: FilingStatus; label: string }[] = (
  Object.keys(filingStatusLabels) as FilingStatus[]
).map((value) => ({ value, label: filingStatusLabels[value] }));

const filingColors: Record<FilingStatus, string> = {
  not_submitted: 'orange',
  submitted: 'processing',
  accepted: 'success',
  correction_ordered: 'error',
  not_reviewable: 'default',
};

export function FilingTag({ status, label }: { status: FilingStatus | null; label: string | null }) {
  if (!status || !label) return <span>—</span>;
  return <Tag color={filingColors[status]}>{label}</Tag>;
}

export function DemoTag({ isDemo }: { isDemo: boolean }) {
  return isDemo ? <Tag color="gold">演示</Tag> : null;
}

// the one display style of dates and times (北京时间), under this module's names
export { displayDate as cnDate, displayTime as cnTime } from '../../shell/datetime';

// only at the start of a line: 「依照本办法第三条」 inside a sentence is not a new article
const ARTICLE_HEADING = /^[ \t\u3000]*第[一二三四五六七八九十百零〇两\d]+条[ \t\u3000]*/gm;

/**
 * Splits a pasted official text into article bodies at each 第X条 that opens a line. Text before the first article (a title or a
 * chapter heading) is left out; a text without any 第X条 becomes one article per paragraph.
 */
export function splitArticles(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (!normalized) return [];
  const starts = [...normalized.matchAll(ARTICLE_HEADING)];
  if (starts.length === 0)
    return normalized
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean);
  return starts
    .map((m, i) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = i + 1 < starts.length ? (starts[i + 1]?.index ?? normalized.length) : normalized.length;
      return normalized
        .slice(from, to)
        .replace(/\n*第[一二三四五六七八九十百零〇两]+章[^\n]*\n*$/, '')
        .trim();
    })
    .filter(Boolean);
}
