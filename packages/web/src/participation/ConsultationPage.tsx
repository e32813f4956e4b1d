// 征求意见稿: one draft open for public comment, of any kind (a normative document's, a major decision's) — its
// period and how to comment, the drafting explanation, and the text article by article with "对本条提出意见" next to
// each article where the draft has articles, and a comment on the whole draft at the end (a decision's draft is one
// text). Text is rendered as text (React escapes it): whatever the drafting unit or the public typed is never HTML.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Collapse, Descriptions, Result, Spin, Tag, Typography } from 'antd';
import { useApi } from '../api/hooks';
import ApprovedComments from './ApprovedComments';
import CommentForm from './CommentForm';
import { chineseDate, daysLeftText } from './participation-format';
import type { PublicSubjectConsultation } from '@fazhi/core/contracts';
import './participation.css';

const WHOLE = 'whole';

export default function ConsultationPage() {
  const { kind = '', id = '' } = useParams();
  const c = useApi<PublicSubjectConsultation>(
    `/public/consultations/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`,
  );
  // the article whose comment form is open (one at a time keeps a phone screen readable)
  const [open, setOpen] = useState<string | null>(null);

  if (c.loading) return <Spin style={{ display: 'block', margin: '10vh auto' }} />;
  if (c.error || !c.data)
    return (
      <Result
        status={c.error?.status === 404 ? '404' : 'error'}
        title={c.error?.status === 404 ? '该草案不在公开征求意见期内' : '页面加载失败'}
        subTitle={c.error?.message}
        extra={<Link to="/consultations">返回意见征集</Link>}
      />
    );
  const d = c.data;
  const articleName = (a: PublicSubjectConsultation['articles'][number]) => a.heading ?? `第${a.seq}条`;

  return (
    <div className="fz-pp">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/consultations">意见征集</Link> }, { title: '征求意见稿' }]}
      />
      <Card>
        <h1 className="fz-pp-doc-title">{d.title}</h1>
        <div className="fz-pp-doc-sub">
          {d.title.includes('征求意见稿') ? '' : '（征求意见稿）'}
          {d.isDemo && <Tag style={{ marginLeft: 8 }}>演示</Tag>}
        </div>
        <Descriptions column={1} size="small" bordered className="fz-pp-desc">
          <Descriptions.Item label="草案类型">{d.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="起草单位">{d.orgName}</Descriptions.Item>
          <Descriptions.Item label="征求意见期">
            {chineseDate(d.opensOn)}至{chineseDate(d.closesOn)}（{daysLeftText(d.daysRemaining)}）
          </Descriptions.Item>
        </Descriptions>
        <Alert
          type="info"
          showIcon
          className="fz-pp-how"
          message="如何提出意见"
          description={
            <ol className="fz-pp-steps">
              <li>
                {d.articles.length > 0
                  ? '阅读下方草案条文，点击条文下的“对本条提出意见”，或在文末对整个草案提出意见。'
                  : '阅读下方草案，在文末提出意见。'}
              </li>
              <li>意见内容不少于5个字、不超过{d.commentMaxLength}字；姓名和联系方式可以不填，联系方式不会公开。</li>
              <li>意见经起草单位审核后公开；起草单位将研究您的意见，并在报送审核时说明采纳情况。</li>
              <li>请在{chineseDate(d.closesOn)}前提出，逾期不再受理。</li>
            </ol>
          }
        />
        <Collapse
          className="fz-pp-explanation"
          items={
            d.explanation
              ? [{ key: 'explanation', label: '起草说明', children: <div className="fz-pp-text">{d.explanation}</div> }]
              : []
          }
        />
      </Card>
      <Card title="草案全文" style={{ marginTop: 16 }}>
        {d.articles.map((a) => (
          <section key={a.id} className="fz-pp-article" aria-label={articleName(a)}>
            <p className="fz-pp-text">
              <strong className="fz-pp-article-no">{articleName(a)}</strong>
              {a.body}
            </p>
            <ApprovedComments comments={d.approvedComments.filter((m) => m.articleId === a.id)} />
            {open === a.id ? (
              <CommentForm
                kind={d.kind}
                consultationId={d.id}
                articleId={a.id}
                subject={articleName(a)}
                maxLength={d.commentMaxLength}
                onClose={() => setOpen(null)}
              />
            ) : (
              <Button size="small" onClick={() => setOpen(a.id)} aria-label={`对${articleName(a)}提出意见`}>
                对本条提出意见
              </Button>
            )}
          </section>
        ))}
        <section className="fz-pp-article fz-pp-whole">
          <Typography.Text strong>对整个草案的意见</Typography.Text>
          <ApprovedComments comments={d.approvedComments.filter((m) => m.articleId === null)} />
          {open === WHOLE ? (
            <CommentForm
              kind={d.kind}
              consultationId={d.id}
              articleId={null}
              subject="本草案"
              maxLength={d.commentMaxLength}
              onClose={() => setOpen(null)}
            />
          ) : (
            <div style={{ marginTop: 8 }}>
              <Button onClick={() => setOpen(WHOLE)}>对整个草案提出意见</Button>
            </div>
          )}
        </section>
      </Card>
    </div>
  );
}
