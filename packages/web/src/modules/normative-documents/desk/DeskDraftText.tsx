// The draft by article with the automatic pre-check findings marked in place, and the list of findings beside it:
// clicking a finding scrolls the text to its clause. The findings assist the reviewer and never decide.
import { useState } from 'react';
import { Alert, Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import type { NormativeArticle as DeskArticle, PrecheckFinding } from '@fazhi/core/contracts';
import {
  findingAnchor,
  markRuns,
  placeFindings,
  precheckCategoryLabels,
  severityColours,
  severityLabels,
  worstSeverity,
  type PlacedFinding,
} from './desk-format';

export default function DeskDraftText({
  title,
  articles,
  findings,
}: {
  title: string;
  articles: readonly DeskArticle[];
  findings: readonly PrecheckFinding[] | null;
}) {
  const placed = placeFindings(title, articles, findings ?? []);
  const [active, setActive] = useState<number | null>(null);
  const titleFindings = placed.filter((p) => p.where.kind === 'title');

  const goTo = (p: PlacedFinding) => {
    setActive(p.index);
    const el = document.getElementById(
      p.where.kind === 'article'
        ? findingAnchor(p.index)
        : p.where.kind === 'title'
          ? 'desk-draft-title'
          : 'desk-draft',
    );
    el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };

  return (
    <Row gutter={16} wrap={false}>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Card
          size="small"
          id="desk-draft"
          data-testid="desk-draft"
          styles={{ body: { maxHeight: 560, overflow: 'auto' } }}
        >
          <div
            id="desk-draft-title"
            style={{ textAlign: 'center', fontWeight: 700, fontSize: 20, margin: '8px 0 16px', fontFamily: 'serif' }}
          >
            {titleFindings.length ? (
              <mark
                data-testid="precheck-mark"
                title={titleFindings.map((f) => precheckCategoryLabels[f.finding.category]).join('；')}
                style={{
                  background: severityColours[worstSeverity(titleFindings.map((f) => f.finding.severity))].mark,
                  padding: 0,
                }}
              >
                {title}
              </mark>
            ) : (
              title
            )}
          </div>
          {articles.map((a) => {
            const mine = placed.filter((p) => p.where.kind === 'article' && p.where.articleId === a.id);
            return (
              <p key={a.id} style={{ lineHeight: 2, textIndent: '2em', margin: '0 0 4px', fontFamily: 'serif' }}>
                <strong>{a.heading}</strong>
                {'\u3000'}
                {markRuns(a.body, mine).map((run, i) => {
                  if (!run.findings.length) return <span key={i}>{run.text}</span>;
                  const sev = worstSeverity(run.findings.map((f) => f.finding.severity));
                  const lit = run.findings.some((f) => f.index === active);
                  return (
                    <mark
                      key={i}
                      id={run.opens[0] ? findingAnchor(run.opens[0].index) : undefined}
                      data-testid="precheck-mark"
                      title={run.findings.map((f) => precheckCategoryLabels[f.finding.category]).join('；')}
                      onClick={() => setActive(run.findings[0]?.index ?? null)}
                      style={{
                        background: severityColours[sev].mark,
                        borderBottom: `2px solid ${severityColours[sev].border}`,
                        outline: lit ? `2px solid ${severityColours[sev].border}` : undefined,
                        padding: 0,
                        cursor: 'pointer',
                      }}
                    >
                      {run.text}
                    </mark>
                  );
                })}
              </p>
            );
          })}
        </Card>
      </Col>
      <Col flex="380px" style={{ minWidth: 0 }}>
        <Card
          size="small"
          title={`智能辅助审查（${placed.length}项提示）`}
          data-testid="precheck-findings"
          styles={{ body: { maxHeight: 512, overflow: 'auto', padding: '0 12px' } }}
        >
          <Alert type="info" showIcon style={{ margin: '8px 0' }} message="智能辅助审查仅供参考，不代替审核人员判断" />
          {findings === null ? (
            <Empty description="报送审核时未保存预审结果" />
          ) : placed.length === 0 ? (
            <Empty description="预审未发现需要提示的条款，仍请逐项审查" />
          ) : (
            <List
              size="small"
              dataSource={placed}
              renderItem={(p) => (
                <List.Item
                  key={p.index}
                  onClick={() => goTo(p)}
                  style={{
                    cursor: 'pointer',
                    display: 'block',
                    borderLeft: `3px solid ${severityColours[p.finding.severity].border}`,
                    paddingLeft: 8,
                    background: active === p.index ? '#fafafa' : undefined,
                  }}
                >
                  <Space size={4} wrap>
                    <Tag color={severityColours[p.finding.severity].tag}>{severityLabels[p.finding.severity]}</Tag>
                    <Typography.Text strong>
                      {precheckCategoryLabels[p.finding.category] ?? p.finding.category}
                    </Typography.Text>
                  </Space>
                  <div style={{ marginTop: 4 }}>
                    {p.where.kind === 'document' ? (
                      <Typography.Text type="secondary">（针对全文）</Typography.Text>
                    ) : (
                      <Typography.Text mark>“{p.finding.text}”</Typography.Text>
                    )}
                  </div>
                  <div style={{ fontSize: 12, marginTop: 4 }}>
                    <Typography.Text type="secondary">依据：</Typography.Text>
                    {p.finding.basis}
                  </div>
                  <div style={{ fontSize: 12 }}>
                    <Typography.Text type="secondary">建议：</Typography.Text>
                    {p.finding.advice}
                  </div>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
