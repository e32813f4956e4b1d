// The rest of the review package beside the draft: legal bases, drafting explanation, the public comments with the
// drafting unit's answers (or the recorded exemption), the fair-competition review, earlier review rounds and, in a
// later round, what changed by article since the text the first round reviewed.
import { articleChangeLabels } from '@fazhi/core/modules';
import { Descriptions, Empty, List, Tabs, Tag, Typography } from 'antd';
import type { ReviewPackage } from '@fazhi/core/contracts';
import { chineseDate, reviewResultLabels } from './desk-format';

const answerColours: Record<string, string> = { adopted: 'green', partly_adopted: 'gold', not_adopted: 'default' };

export default function DeskPackagePanels({ pkg }: { pkg: ReviewPackage }) {
  const headingOf = (articleId: string | null) =>
    articleId ? (pkg.articles.find((a) => a.id === articleId)?.heading ?? '') : '全文';
  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'bases',
          label: `制定依据（${pkg.legalBases.length}）`,
          children: (
            <>
              <ol style={{ paddingLeft: 20 }}>
                {pkg.legalBases.map((b, i) => (
                  <li key={i}>
                    {b.title}
                    {b.article ? ` ${b.article}` : ''}
                  </li>
                ))}
              </ol>
              <Descriptions size="small" column={2}>
                <Descriptions.Item label="涉及公民、法人和其他组织权利义务">
                  {pkg.affectsRights ? '是' : '否'}
                </Descriptions.Item>
                <Descriptions.Item label="涉及市场主体经济活动">{pkg.affectsMarket ? '是' : '否'}</Descriptions.Item>
              </Descriptions>
            </>
          ),
        },
        {
          key: 'explanation',
          label: '起草说明',
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{pkg.draftingExplanation}</Typography.Paragraph>
          ),
        },
        {
          key: 'comments',
          label: `公众意见及采纳情况（${pkg.comments.length}）`,
          children: pkg.consultationExemptReason ? (
            <Typography.Paragraph>免于公开征求意见，理由：{pkg.consultationExemptReason}</Typography.Paragraph>
          ) : pkg.comments.length === 0 ? (
            <Empty description="征求意见期间未收到公众意见" />
          ) : (
            <List
              size="small"
              dataSource={pkg.comments}
              renderItem={(c) => (
                <List.Item style={{ display: 'block' }}>
                  <div>
                    <Tag>{headingOf(c.articleId)}</Tag>
                    {c.body}
                  </div>
                  <div style={{ marginTop: 4, fontSize: 13 }}>
                    {c.answer ? (
                      <Tag color={answerColours[c.answer] ?? 'default'}>{c.answerLabel}</Tag>
                    ) : (
                      <Tag color="red">未答复</Tag>
                    )}
                    <Typography.Text type="secondary">{c.answerReason}</Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          ),
        },
        {
          key: 'fair',
          label: '公平竞争审查',
          children: pkg.fairCompetitionReviews.length ? (
            pkg.fairCompetitionReviews.map((r) => (
              <Descriptions key={r.round} size="small" column={1} bordered style={{ marginBottom: 8 }}>
                <Descriptions.Item label="审查结论">
                  {r.result === 'passed' ? (
                    <Tag color="green">通过</Tag>
                  ) : r.result === 'failed' ? (
                    <Tag color="red">不通过</Tag>
                  ) : (
                    '—'
                  )}
                  {chineseDate(r.concludedOn)}
                </Descriptions.Item>
                <Descriptions.Item label="审查意见">
                  <span style={{ whiteSpace: 'pre-wrap' }}>{r.opinion}</span>
                </Descriptions.Item>
              </Descriptions>
            ))
          ) : (
            <Empty
              description={pkg.affectsMarket ? '尚无公平竞争审查记录' : '不涉及市场主体经济活动，无须公平竞争审查'}
            />
          ),
        },
        ...(pkg.changesSinceFirstRound
          ? [
              {
                key: 'changes',
                label: `与第${pkg.changesSinceFirstRound.round}次审核相比的修改（${pkg.changesSinceFirstRound.changes.length}）`,
                children: pkg.changesSinceFirstRound.changes.length ? (
                  <List
                    size="small"
                    data-testid="changes-since-first-round"
                    dataSource={pkg.changesSinceFirstRound.changes}
                    renderItem={(c) => (
                      <List.Item style={{ display: 'block' }}>
                        <Tag color={c.change === 'removed' ? 'red' : c.change === 'added' ? 'green' : 'gold'}>
                          {articleChangeLabels[c.change]}
                        </Tag>
                        {c.heading}
                        {c.before !== null && (
                          <div style={{ whiteSpace: 'pre-wrap', color: '#8c8c8c' }}>
                            <del>原文：{c.before}</del>
                          </div>
                        )}
                        {c.after !== null && <div style={{ whiteSpace: 'pre-wrap' }}>现文：{c.after}</div>}
                      </List.Item>
                    )}
                  />
                ) : (
                  <Empty description="条文与第一次报送审核时相同" />
                ),
              },
            ]
          : []),
        {
          key: 'previous',
          label: `以往审核（${pkg.previousLegalityReviews.length}）`,
          children: pkg.previousLegalityReviews.length ? (
            <List
              size="small"
              dataSource={pkg.previousLegalityReviews}
              renderItem={(r) => (
                <List.Item style={{ display: 'block' }}>
                  第{r.round}次审核 · {reviewResultLabels[r.result ?? ''] ?? '—'} · {chineseDate(r.concludedOn)}
                  <div style={{ whiteSpace: 'pre-wrap', color: '#595959' }}>{r.opinion}</div>
                  {r.revisionStatement && (
                    <div style={{ whiteSpace: 'pre-wrap' }}>
                      按审核意见修改（{chineseDate(r.revisedOn)}）：{r.revisionStatement}
                    </div>
                  )}
                </List.Item>
              )}
            />
          ) : (
            <Empty description="这是第一次报送合法性审核" />
          ),
        },
      ]}
    />
  );
}
