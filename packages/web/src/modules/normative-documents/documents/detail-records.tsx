// The record sections of one document: the complete status history, the statutory deadlines with the calendar
// engine's explanation of each date, the consultation with its comments and answers, and the filing with its
// review, corrections and post-evaluations.
import { consoleLink, normativeMenu, participationMenu } from '@fazhi/core/modules';
import { Descriptions, Empty, List, Table, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { cnDate, cnTime } from '../normative-format';
import { filingOutcomeLabels, moderationStatusLabels, postEvaluationOutcomeLabels } from '../normative-labels';
import type { RecordDeadline as NormativeDeadline, NormativeDocument } from '@fazhi/core/contracts';

export function HistorySection({ doc }: { doc: NormativeDocument }) {
  return (
    <Timeline
      data-testid="status-history"
      items={doc.statusHistory.map((h) => ({
        color: h.toStatus === 'published' ? 'green' : h.toStatus === 'withdrawn' ? 'red' : 'blue',
        children: (
          <>
            <div>
              <Typography.Text strong>{h.actLabel}</Typography.Text> → {h.toStatusLabel}
            </div>
            <div style={{ color: '#595959' }}>
              办理日期 {cnDate(h.actedOn)}
              {h.actor ? ` · ${h.actor}` : ' · 系统'} · 记录于 {cnTime(h.at)}
            </div>
            {h.note && <div style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div>}
          </>
        ),
      }))}
    />
  );
}

const deadlineStatus: Record<NormativeDeadline['status'], { color: string; label: string }> = {
  open: { color: 'processing', label: '进行中' },
  met: { color: 'success', label: '按期办结' },
  missed: { color: 'error', label: '逾期' },
  cancelled: { color: 'default', label: '已取消' },
  paused: { color: 'warning', label: '暂停计算' },
};
const warningColors = { none: undefined, yellow: 'gold', orange: 'orange', red: 'red' } as const;

export function DeadlinesSection({ doc }: { doc: NormativeDocument }) {
  if (doc.deadlines.length === 0)
    return <Empty description="暂无法定期限。报送合法性审核、发布（备案期限）、后评估等环节会产生期限。" />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={doc.deadlines}
      expandable={{
        defaultExpandAllRows: true,
        expandedRowRender: (d: NormativeDeadline) => (
          <div data-testid="deadline-explanation">
            <Typography.Text strong>为什么是这一天：</Typography.Text>
            <ol style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {d.explanation.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          </div>
        ),
      }}
      columns={[
        { title: '期限', dataIndex: 'label' },
        { title: '起算日', dataIndex: 'from', width: 110 },
        {
          title: '到期日',
          dataIndex: 'due',
          width: 150,
          render: (v: string, d: NormativeDeadline) => (
            <>
              <Tag color={d.status === 'open' ? warningColors[d.warningLevel] : undefined}>{v}</Tag>
              {d.provisional && <Tag>暂定</Tag>}
              {d.extended && <Tag>已延长</Tag>}
            </>
          ),
        },
        {
          title: '状态',
          dataIndex: 'status',
          width: 100,
          render: (v: NormativeDeadline['status']) => (
            <Tag color={deadlineStatus[v].color}>{deadlineStatus[v].label}</Tag>
          ),
        },
        { title: '依据', dataIndex: 'basis', ellipsis: true },
      ]}
    />
  );
}

export function ConsultationSection({ doc }: { doc: NormativeDocument }) {
  const heading = (articleId: string | null) =>
    articleId ? (doc.articles.find((a) => a.id === articleId)?.heading ?? '已删除的条文') : '总体意见';
  return (
    <>
      {doc.consultationExemptReason && (
        <Descriptions size="small" bordered column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="免于公开征求意见的理由">{doc.consultationExemptReason}</Descriptions.Item>
        </Descriptions>
      )}
      {doc.consultations.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          style={{ marginBottom: 12 }}
          dataSource={doc.consultations}
          columns={[
            { title: '开始日期', dataIndex: 'opensOn', render: cnDate },
            { title: '截止日期', dataIndex: 'closesOn', render: cnDate },
            { title: '结束日期', dataIndex: 'closedOn', render: (v: string | null) => cnDate(v) || '—' },
            { title: '缩短期限的理由', dataIndex: 'shortenedReason', render: (v: string | null) => cnDate(v) || '—' },
          ]}
        />
      )}
      {doc.consultations.length === 0 && !doc.consultationExemptReason && <Empty description="尚未公开征求意见" />}
      {doc.comments.length > 0 && (doc.abilities.moderateComments || doc.abilities.answerComments) && (
        <p>
          本文件公众意见的审核和逐条答复（采纳情况）在
          <Link to={consoleLink(normativeMenu, 'normative-documents', `${doc.id}/comments`)}>本文件的公众意见处理</Link>
          中办理；各类草案待审核、待答复的意见汇总在
          <Link to={consoleLink(participationMenu, 'consultation-comments')}>公众意见处理</Link>。
        </p>
      )}
      {doc.comments.length > 0 && (
        <List
          header={`公众意见（${doc.comments.length} 条）`}
          bordered
          dataSource={doc.comments}
          renderItem={(c) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <div>
                  <Tag>{heading(c.articleId)}</Tag>
                  {c.commenterName ?? '匿名'} · {cnTime(c.submittedAt)}{' '}
                  {c.moderationStatus === 'pending' && <Tag color="orange">待审核</Tag>}
                  {c.moderationStatus === 'rejected' && <Tag>{moderationStatusLabels.rejected}</Tag>}
                  {c.answerLabel && <Tag color="green">{c.answerLabel}</Tag>}
                </div>
                <div style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{c.body}</div>
                {c.answerReason && <div style={{ color: '#595959' }}>答复：{c.answerReason}</div>}
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  );
}

const filingOutcome: Record<string, string> = filingOutcomeLabels;
const correctionStatus = { ordered: '待纠正', reported: '已报告，待确认', confirmed: '已确认纠正' } as const;

export function FilingSection({ doc }: { doc: NormativeDocument }) {
  if (!doc.docNumber) return <Empty description="文件发布后报送备案" />;
  return (
    <>
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }} title="登记发布">
        {doc.registrations.map((r) => (
          <Descriptions.Item key={r.id} label={r.reason === 'renewal' ? '重新登记' : '登记'} span={2}>
            {r.docNumber}，{cnDate(r.publishedOn)} 发布，{cnDate(r.effectiveOn)} 起施行，有效期至 {cnDate(r.expiresOn)}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="备案情况" span={2}>
          {doc.filingStatusLabel ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      {doc.filings.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          style={{ marginBottom: 12 }}
          dataSource={doc.filings}
          columns={[
            { title: '报送备案', dataIndex: 'submittedOn', render: (v: string | null) => cnDate(v) || '待报送' },
            {
              title: '报上级政府',
              dataIndex: 'forwardedToGovernmentOn',
              render: (v: string | null) => cnDate(v) || '—',
            },
            {
              title: '报人大常委会',
              dataIndex: 'forwardedToCongressOn',
              render: (v: string | null) => cnDate(v) || '—',
            },
            {
              title: '审查结论',
              dataIndex: 'outcome',
              render: (v: string | null, f) => (v ? `${filingOutcome[v] ?? v}（${cnDate(f.reviewedOn)}）` : '—'),
            },
            { title: '审查意见', dataIndex: 'opinion', render: (v: string | null) => cnDate(v) || '—' },
          ]}
        />
      )}
      {doc.corrections.length > 0 && (
        <Descriptions size="small" bordered column={1} title="纠正" style={{ marginBottom: 12 }}>
          {doc.corrections.map((c) => (
            <Descriptions.Item
              key={c.id}
              label={`${cnDate(c.orderedOn)} ${filingOutcomeLabels.correction_ordered}（${correctionStatus[c.status]}）`}
            >
              <div style={{ whiteSpace: 'pre-wrap' }}>审查意见：{c.opinion}</div>
              {c.report && (
                <div style={{ whiteSpace: 'pre-wrap' }}>
                  纠正情况（{cnDate(c.reportedOn)}）：{c.report}
                </div>
              )}
              {c.confirmedOn && <div>{cnDate(c.confirmedOn)} 确认纠正</div>}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {doc.postEvaluations.length > 0 && (
        <Descriptions size="small" bordered column={1} title="后评估">
          {doc.postEvaluations.map((e) => (
            <Descriptions.Item
              key={e.id}
              label={e.status === 'concluded' ? '已评估' : e.status === 'in_progress' ? '评估中' : '待评估'}
            >
              {e.dueOn && <div>应于 {cnDate(e.dueOn)} 前完成</div>}
              {e.startedOn && <div>{cnDate(e.startedOn)} 开始</div>}
              {e.outcome && (
                <div>
                  结论：
                  {postEvaluationOutcomeLabels[e.outcome as keyof typeof postEvaluationOutcomeLabels] ?? e.outcome}（
                  {cnDate(e.concludedOn)}）
                </div>
              )}
              {e.conclusion && <div style={{ whiteSpace: 'pre-wrap' }}>{e.conclusion}</div>}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </>
  );
}
