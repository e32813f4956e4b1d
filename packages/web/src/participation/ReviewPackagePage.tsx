// One draft's legality-review package on the shared desk: the draft by article, the explanation and what the
// drafting unit submitted with it, the public comments with the answers given, earlier rounds, the shortest and
// longest review time with their articles, and the review form posted to the kind's own record-review route.
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Empty, List, Space, Spin, Tabs, Typography } from 'antd';
import type { LegalityReviewPackage } from '@fazhi/core/contracts';
import { consoleLink, legalityReviewMenu } from '@fazhi/core/modules';
import { useApi } from '../api/hooks';
import { displayDate } from '../shell/datetime';
import ReviewForm from './ReviewForm';

const packageText = (v: unknown) =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : Array.isArray(v) ? `${v.length}项` : '';

export default function ReviewPackagePage() {
  const { kind = '', id = '' } = useParams();
  const found = useApi<LegalityReviewPackage>(`/legality-reviews/${kind}/${id}`);
  const p = found.data;
  if (found.error) return <Alert type="error" showIcon message={found.error.message} />;
  if (!p) return <Spin />;
  const submitted = Object.entries(p.package ?? {}).filter(([, v]) => packageText(v));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title={`${p.kindLabel}《${p.title}》合法性审查`}
        extra={<Link to={consoleLink(legalityReviewMenu, 'legality-reviews')}>返回待审查列表</Link>}
      >
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="报送单位">{p.orgName}</Descriptions.Item>
          <Descriptions.Item label="记录">
            <Link to={p.subjectLink}>查看{p.kindLabel}记录</Link>
          </Descriptions.Item>
          <Descriptions.Item label="最早办结">
            {p.earliestConclusion ? `${displayDate(p.earliestConclusion.due)}（${p.earliestConclusion.basis}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="办结期限">
            {p.latestConclusion ? `${displayDate(p.latestConclusion.due)}（${p.latestConclusion.basis}）` : '未规定'}
          </Descriptions.Item>
        </Descriptions>
        <Tabs
          size="small"
          items={[
            {
              key: 'text',
              label: '草案',
              children: p.articles.map((a) => (
                <Typography.Paragraph key={a.id} style={{ whiteSpace: 'pre-wrap' }}>
                  {a.heading && <Typography.Text strong>{a.heading} </Typography.Text>}
                  {a.body}
                </Typography.Paragraph>
              )),
            },
            {
              key: 'package',
              label: '报送材料',
              children: (
                <Descriptions size="small" column={1} bordered>
                  {p.explanation && <Descriptions.Item label="起草说明">{p.explanation}</Descriptions.Item>}
                  {submitted.map(([k, v]) => (
                    <Descriptions.Item key={k} label={packageLabels[k] ?? k}>
                      {packageText(v)}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ),
            },
            {
              key: 'comments',
              label: `公众意见（${p.comments.length}）`,
              children: p.comments.length ? (
                <List
                  size="small"
                  dataSource={p.comments}
                  renderItem={(c) => (
                    <List.Item>
                      <List.Item.Meta
                        title={c.body}
                        description={`${c.answerLabel ?? '未答复'}${c.answerReason ? `：${c.answerReason}` : ''}`}
                      />
                    </List.Item>
                  )}
                />
              ) : (
                <Empty description="没有有效的公众意见" />
              ),
            },
            {
              key: 'rounds',
              label: `审查记录（${p.rounds.length}）`,
              children: (
                <List
                  size="small"
                  dataSource={p.rounds}
                  renderItem={(r) => (
                    <List.Item>
                      第{r.round}次报送 {displayDate(r.submittedOn)}：
                      {r.resultLabel ? `${r.resultLabel}（${displayDate(r.concludedOn)}）${r.opinion ?? ''}` : '审查中'}
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      </Card>
      {p.pending && p.recordPath ? (
        <ReviewForm pkg={p} recordPath={p.recordPath} onDone={found.reload} />
      ) : p.pending ? (
        <Alert type="info" showIcon message={<Link to={p.reviewLink}>在{p.kindLabel}的审核页面办理</Link>} />
      ) : (
        <Alert type="success" showIcon message="本次报送已审查完毕" />
      )}
    </Space>
  );
}

/** The names of what the drafting units submit with their drafts (the modules' submission bodies). */
const packageLabels: Record<string, string> = {
  basis: '决策依据',
  procedureStatement: '履行决策程序的情况说明',
  options: '决策方案',
  draftingExplanation: '起草说明',
  // contracts, meeting topics and other documents (legal-advisers)
  text: '送审文本',
  annexes: '附件说明',
  ownReview: '送审单位自审意见',
  counterparty: '合同相对方',
  amountYuan: '涉及款额（元）',
  revisionNote: '修改情况说明',
};
