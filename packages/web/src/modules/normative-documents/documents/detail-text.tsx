// 正文: the text by article in 公文 style (title bold and centred, body in a 仿宋-like face), then what the draft
// rests on — its legal bases and the drafting explanation.
import { Descriptions, Typography } from 'antd';
import { cnDate } from '../normative-format';
import type { NormativeDocument } from '@fazhi/core/contracts';

const bodyFont = "FangSong, STFangsong, 'FangSong_GB2312', 'Noto Serif SC', serif";

export function TextSection({ doc }: { doc: NormativeDocument }) {
  return (
    <>
      <div style={{ maxWidth: 820, margin: '0 auto 24px', fontFamily: bodyFont, fontSize: 16, lineHeight: 1.9 }}>
        <h2 style={{ textAlign: 'center', fontWeight: 700, fontSize: 22, fontFamily: 'inherit', margin: '8px 0' }}>
          {doc.title}
        </h2>
        {doc.docNumber && <p style={{ textAlign: 'center', margin: 0 }}>{doc.docNumber}</p>}
        <div data-testid="document-articles" style={{ marginTop: 16 }}>
          {doc.articles.map((a) => (
            <p key={a.id} style={{ textIndent: '2em', margin: '0 0 6px', whiteSpace: 'pre-wrap' }}>
              <strong>{a.heading}</strong>
              {'\u3000'}
              {a.body}
            </p>
          ))}
        </div>
        {doc.publishedOn && (
          <p style={{ textAlign: 'right', marginTop: 24 }}>
            {doc.issuerName}
            <br />
            {cnDate(doc.publishedOn)}
          </p>
        )}
      </div>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label="起草单位">{doc.draftingOrgName}</Descriptions.Item>
        <Descriptions.Item label="发文机关">{doc.issuerName}</Descriptions.Item>
        <Descriptions.Item label="文件类型">{doc.kindLabel}</Descriptions.Item>
        <Descriptions.Item label="施行日期">
          {doc.effectiveOn ?? '—'}
          {doc.expiresOn && `，有效期至 ${cnDate(doc.expiresOn)}`}
        </Descriptions.Item>
        <Descriptions.Item label="涉及权利义务">{doc.affectsRights ? '是' : '否'}</Descriptions.Item>
        <Descriptions.Item label="涉及市场主体经济活动">{doc.affectsMarket ? '是' : '否'}</Descriptions.Item>
        {doc.endedOn && (
          <Descriptions.Item label="终止" span={2}>
            {cnDate(doc.endedOn)} {doc.endedReason}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="制定依据" span={2}>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {doc.legalBases.map((b, i) => (
              <li key={i}>
                {b.title}
                {b.article ? ` ${b.article}` : ''}
              </li>
            ))}
          </ul>
        </Descriptions.Item>
        <Descriptions.Item label="起草说明" span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {doc.draftingExplanation}
          </Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
