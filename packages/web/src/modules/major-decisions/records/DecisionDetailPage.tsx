// One decision's whole record (全过程记录, 第三十三条): the matter, its source (the catalogue, or outside it with the
// reason), the procedure that applies with each step's article, every act with who and when, the draft and its
// options, the consultation, the legality reviews with their counsel, the deadlines, and the forms of the acts
// the user may take now; a refused act shows the server's reason naming the missing step.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { consoleLink, legalityReviewMenu, participationMenu } from '@fazhi/core/modules';
import { Alert, Card, Descriptions, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import type { DecisionRecord } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';
import { decisionStatusColours } from '../decision-format';
import { decisionActs } from './DecisionActs';
import ActForms from './ActForms';
import DecisionAfterPanel from '../execution/DecisionAfterPanel';
import { api } from '../../../api/client';
import { stepActs } from '../steps/StepActs';
import StepRecords from '../steps/StepRecords';
import DecisionPapers from '../papers/DecisionPapers';

// the middle steps' forms first, as the page lists their records before the meeting's
const acts = [...stepActs, ...decisionActs];

function Draft({ d }: { d: DecisionRecord }) {
  if (!d.draft) return null;
  return (
    <Card size="small" title="决策草案" style={{ marginTop: 12 }}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.draft.text}</Typography.Paragraph>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="起草说明">{d.draft.explanation}</Descriptions.Item>
        <Descriptions.Item label="有关方面存在较大分歧">{d.draft.viewsDifferWidely ? '是' : '否'}</Descriptions.Item>
        <Descriptions.Item label="备选方案">
          {d.draft.options.length
            ? d.draft.options.map((o, i) => (
                <div key={i}>
                  方案{i + 1}：{o}
                </div>
              ))
            : '无'}
        </Descriptions.Item>
        {d.draft.singleOptionReason && (
          <Descriptions.Item label="只提出一个方案的理由">{d.draft.singleOptionReason}</Descriptions.Item>
        )}
        <Descriptions.Item label="拟订日期">{displayDate(d.draft.recordedOn)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Participation({ d }: { d: DecisionRecord }) {
  const c = d.consultation;
  if (!c && d.reviews.length === 0) return null;
  return (
    <Card size="small" title="公众参与和合法性审查" style={{ marginTop: 12 }}>
      {c && (
        <Descriptions size="small" column={2} bordered aria-label="公开征求意见">
          <Descriptions.Item label="征求意见期">
            {displayDate(c.opensOn)}至{displayDate(c.closesOn)}
          </Descriptions.Item>
          <Descriptions.Item label="状态">
            {c.open ? '征求意见中' : `已于${displayDate(c.closedOn)}结束`}
          </Descriptions.Item>
          {c.shortenedReason && (
            <Descriptions.Item label="缩短期限的理由" span={2}>
              {c.shortenedReason}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="收到公众意见">
            {c.commentCount}条
            {c.commentCount > 0 && (
              // the shared desk, filtered to this decision: moderation and answers for every kind of draft
              <Link
                style={{ marginLeft: 12 }}
                to={`${consoleLink(participationMenu, 'consultation-comments')}?kind=major_decision&subjectId=${d.id}`}
              >
                审核、答复公众意见
              </Link>
            )}
          </Descriptions.Item>
        </Descriptions>
      )}
      {d.abilities.recordReview && (
        // the review is concluded on the shared desk, with the package beside the form
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          message={
            <Link to={consoleLink(legalityReviewMenu, 'legality-reviews', `major_decision/${d.id}`)}>
              在合法性审查台审查本草案
            </Link>
          }
        />
      )}
      {d.reviews.length > 0 && (
        <Table
          size="small"
          rowKey="round"
          style={{ marginTop: 12 }}
          pagination={false}
          dataSource={d.reviews}
          columns={[
            { title: '次数', dataIndex: 'round', width: 60, render: (n: number) => `第${n}次` },
            { title: '送审日期', dataIndex: 'submittedOn', width: 140, render: (v: string) => displayDate(v) },
            { title: '审查机构', dataIndex: 'reviewerName', width: 140 },
            { title: '结果', dataIndex: 'resultLabel', width: 120, render: (v: string | null) => v ?? '审查中' },
            { title: '审查意见', dataIndex: 'opinion', render: (v: string | null) => v ?? '' },
            {
              title: '参与的法律顾问、公职律师',
              key: 'counsel',
              width: 200,
              render: (_: unknown, r: DecisionRecord['reviews'][number]) =>
                r.counsel.map((c) => `${c.name}（${c.roleLabel}）`).join('、'),
            },
            { title: '审查日期', dataIndex: 'concludedOn', width: 140, render: (v: string | null) => displayDate(v) },
          ]}
        />
      )}
    </Card>
  );
}

function Outcome({ d }: { d: DecisionRecord }) {
  const m = d.meeting;
  if (!m && !d.publication) return null;
  return (
    <Card size="small" title="集体讨论决定、公布和备案" style={{ marginTop: 12 }}>
      {m && (
        <Descriptions size="small" column={2} bordered aria-label="集体讨论决定">
          <Descriptions.Item label="会议">
            {m.name}（{m.kindLabel}，{displayDate(m.on)}）
          </Descriptions.Item>
          <Descriptions.Item label="决定">{m.decisionLabel}</Descriptions.Item>
          <Descriptions.Item label="出席人员" span={2}>
            {m.attendees.join('、')}
          </Descriptions.Item>
          <Descriptions.Item label="发言记录（按发言顺序）" span={2}>
            <ol style={{ margin: 0 }}>
              {m.speeches.map((x, i) => (
                <li key={i}>
                  {x.name}
                  {x.isHead ? '（行政首长）' : ''}：{x.viewLabel}
                  {x.opinion ? `。${x.opinion}` : ''}
                </li>
              ))}
            </ol>
          </Descriptions.Item>
          {m.headReasons && (
            <Descriptions.Item label="行政首长说明的理由" span={2}>
              {m.headReasons}
            </Descriptions.Item>
          )}
          {d.partyReport && (
            <Descriptions.Item label="向同级党委请示报告" span={2}>
              {displayDate(d.partyReport.on)}，{d.partyReport.record}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {d.publication && (
        <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }} aria-label="决策公布">
          <Descriptions.Item label="公布日期">{displayDate(d.publication.on)}</Descriptions.Item>
          <Descriptions.Item label="意见采纳情况说明">{d.publication.adoptionExplanation}</Descriptions.Item>
          <Descriptions.Item label="政策解读">{d.publication.interpretation}</Descriptions.Item>
          {d.filing && (
            <Descriptions.Item label="报送备案">
              <Tag color={{ on_time: 'green', late: 'orange', overdue: 'red', pending: 'blue' }[d.filing.standing]}>
                {d.filing.standingLabel}
              </Tag>
              应于{displayDate(d.filing.due)}前报送（{d.filing.basis}）
              {d.filing.filedOn && `；${displayDate(d.filing.filedOn)}报送，${d.filing.record ?? ''}`}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Card>
  );
}

export default function DecisionDetailPage() {
  const { id = '' } = useParams();
  const loaded = useApi<DecisionRecord>(`/decisions/${id}`);
  const [shown, setShown] = useState<DecisionRecord | null>(null);
  const d = shown?.id === id ? shown : loaded.data;
  if (loaded.error) return <Alert type="error" showIcon message={loaded.error.message} />;
  if (!d) return <Skeleton active />;
  return (
    <>
      <Card size="small" title={d.title} extra={d.isDemo && <Tag color="purple">演示</Tag>}>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="状态">
            <Tag color={decisionStatusColours[d.status]}>{d.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="决策机关">{d.bodyName}</Descriptions.Item>
          <Descriptions.Item label="承办单位">{d.sponsorName}</Descriptions.Item>
          <Descriptions.Item label="来源">
            {d.inCatalogue ? '决策事项目录所列事项' : `未列入决策事项目录（理由：${d.outsideCatalogueReason ?? ''}）`}
          </Descriptions.Item>
          <Descriptions.Item label="决策建议" span={2}>
            {d.proposal}（建议人：{d.proposer}，{displayDate(d.proposedOn)}）
          </Descriptions.Item>
          {d.startDecidedOn && (
            <Descriptions.Item label="启动决定" span={2}>
              {displayDate(d.startDecidedOn)}，{d.startRecord}
            </Descriptions.Item>
          )}
        </Descriptions>
        <ol style={{ marginTop: 12, marginBottom: 0 }} aria-label="决策程序">
          {d.steps.map((s) => (
            <li key={s.label}>
              {s.label}（{s.basis}）
            </li>
          ))}
        </ol>
      </Card>
      <Draft d={d} />
      <Participation d={d} />
      <StepRecords d={d} />
      <Outcome d={d} />
      <DecisionPapers d={d} />
      {d.deadlines.length > 0 && (
        <Card size="small" title="期限" style={{ marginTop: 12 }}>
          {d.deadlines.map((x) => (
            <div key={x.id}>
              {x.label}：
              {x.bound === 'floor'
                ? `不早于${displayDate(x.due)}（${
                    x.owedWorkingDays === null ? '已届满' : `尚需给予${x.owedWorkingDays}个工作日`
                  }）`
                : displayDate(x.due)}
              （{x.basis}）
            </div>
          ))}
        </Card>
      )}
      <Card size="small" title="办理记录" style={{ marginTop: 12 }}>
        <Table
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={d.acts}
          locale={{ emptyText: <Empty description="尚无办理记录" /> }}
          columns={[
            { title: '日期', dataIndex: 'on', width: 140, render: (v: string) => displayDate(v) },
            { title: '事项', dataIndex: 'label', width: 200 },
            { title: '办理情况', dataIndex: 'summary' },
            { title: '办理人', dataIndex: 'by', width: 200 },
            { title: '办理后状态', dataIndex: 'statusLabel', width: 140 },
          ]}
        />
      </Card>
      <ActForms record={d} acts={acts} onDone={setShown} />
      <DecisionAfterPanel
        id={d.id}
        onChanged={() => void api.get<DecisionRecord>(`/decisions/${d.id}`).then(setShown)}
      />
    </>
  );
}
