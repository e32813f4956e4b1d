// One published normative document on the portal: title and 文号 in 公文 style, its dates and 效力状态, the text by
// article, its 政策解读 (published with it), the public status history (发布、施行、后评估、清理、废止、届满) and the
// official text to download.
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Space, Tag, Timeline } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useApi } from '../../../api/hooks';
import type { PublicDocument } from '@fazhi/core/contracts';
import { cnDate } from './catalogue-format';
import { InterpretationText } from '../documents/detail-interpretation';
import { publicRecordFallback } from '../../../components/PublicRecordFallback';
import './catalogue.css';

export default function CatalogueDocumentPage() {
  const { id = '' } = useParams();
  const doc = useApi<PublicDocument>(`/public/normative-documents/${encodeURIComponent(id)}`);
  const back = <Link to="/normative-documents">返回规范性文件查询</Link>;

  const fallback = publicRecordFallback(doc, {
    title: '未找到该规范性文件',
    subTitle: '该文件不存在或尚未公布。请通过规范性文件统一公开查询检索。',
    back,
  });
  const d = doc.data;
  if (fallback || !d) return fallback;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>{back}</div>
      <Card>
        <h1 className="fz-doc-title">{d.title}</h1>
        {d.docNumber && <div className="fz-doc-number">{d.docNumber}</div>}
        {d.shownStatus === 'not_yet_effective' && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={`本文件已公布，自${cnDate(d.effectiveOn)}起施行。`}
          />
        )}
        {!d.isValid && d.shownStatus !== 'not_yet_effective' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={`本文件${d.statusLabel}，不再作为行政管理的依据，仅供查阅。`}
          />
        )}
        <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 3 }} style={{ marginBottom: 20 }}>
          <Descriptions.Item label="制定机关">{d.issuerName}</Descriptions.Item>
          <Descriptions.Item label="文件类型">{d.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="效力状态">
            <Tag color={d.isValid ? 'green' : d.shownStatus === 'not_yet_effective' ? 'blue' : 'default'}>
              {d.statusLabel}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="发布日期">{cnDate(d.publishedOn)}</Descriptions.Item>
          <Descriptions.Item label="施行日期">{cnDate(d.effectiveOn)}</Descriptions.Item>
          <Descriptions.Item label="有效期至">{cnDate(d.expiresOn)}</Descriptions.Item>
        </Descriptions>
        <div className="fz-doc-text">
          {d.articles.map((a, i) => (
            <p key={i}>
              <span className="fz-doc-article-no">{a.no}</span>
              {'\u3000'}
              {a.text}
            </p>
          ))}
        </div>
      </Card>
      {d.interpretation && (
        <Card title="政策解读" data-testid="portal-interpretation">
          <h2 className="fz-doc-interpretation-title">{d.interpretation.title}</h2>
          <div className="fz-doc-text">
            <InterpretationText body={d.interpretation.body} />
          </div>
        </Card>
      )}
      <Card title="下载正式文本" size="small">
        <Space wrap>
          {d.downloads.map((x) => (
            <Button key={x.url} href={x.url} icon={<DownloadOutlined />}>
              {x.label}
            </Button>
          ))}
        </Space>
      </Card>
      <Card title="状态历史" size="small">
        <Timeline
          items={d.history.map((h) => ({
            children: (
              <span>
                {cnDate(h.at)}
                {'\u3000'}
                {h.label}
                {h.note ? `：${h.note}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
