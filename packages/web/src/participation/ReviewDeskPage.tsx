// 合法性审查: the reviewing body's desk across every kind of draft sent for legality review (normative documents,
// major decisions), oldest first, filtered by kind, each with the shortest and longest review time and the article
// it is counted by. A row opens the draft where its review is concluded: the shared package page, or the module's
// own where its review asks for more (the server says which).
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Table, Tooltip, Typography } from 'antd';
import type { LegalityReviewQueue, PendingLegalityReview, ReviewTimeBound } from '@fazhi/core/contracts';
import { useApi } from '../api/hooks';
import { displayDate } from '../shell/datetime';
import KindFilter, { ALL_KINDS as ALL } from './KindFilter';

const bound = (b: ReviewTimeBound | null, none: string) =>
  b ? (
    <Tooltip title={b.basis}>
      <span>{displayDate(b.due)}</span>
    </Tooltip>
  ) : (
    <Typography.Text type="secondary">{none}</Typography.Text>
  );

export default function ReviewDeskPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? ALL;
  const queue = useApi<LegalityReviewQueue>('/legality-reviews', kind ? { kind } : {});
  const kinds = queue.data?.kinds ?? [];
  return (
    <Card size="small" title="合法性审查">
      <Typography.Paragraph type="secondary">
        报送合法性审核（审查）的草案按报送先后排列。审查时间不得少于规定的最短期限（提前办结须说明理由），规定了最长期限的应在期限内办结；期限依据见各日期的提示。
      </Typography.Paragraph>
      <KindFilter kinds={kinds} value={kind} onChange={(v) => setParams(v ? { kind: v } : {}, { replace: true })} />
      {queue.error && <Alert type="error" showIcon message={queue.error.message} style={{ marginBottom: 12 }} />}
      <Table<PendingLegalityReview>
        size="small"
        rowKey={(r) => `${r.kind}:${r.subjectId}`}
        data-testid="legality-review-queue"
        loading={queue.loading}
        dataSource={queue.data?.items ?? []}
        locale={{ emptyText: '没有待审查的草案' }}
        pagination={false}
        columns={[
          { title: '类型', dataIndex: 'kindLabel', width: 120 },
          {
            title: '草案',
            dataIndex: 'title',
            render: (v: string, r) => <Link to={r.reviewLink}>{v}</Link>,
          },
          { title: '报送单位', dataIndex: 'orgName', width: 180 },
          {
            title: '报送日期',
            dataIndex: 'submittedOn',
            width: 150,
            render: (v: string, r) => `${displayDate(v)}${r.round > 1 ? `（第${r.round}次）` : ''}`,
          },
          {
            title: '最早办结',
            dataIndex: 'earliestConclusion',
            width: 130,
            render: (b: ReviewTimeBound | null) => bound(b, '—'),
          },
          {
            title: '办结期限',
            dataIndex: 'latestConclusion',
            width: 130,
            render: (b: ReviewTimeBound | null) => bound(b, '未规定'),
          },
        ]}
      />
    </Card>
  );
}
