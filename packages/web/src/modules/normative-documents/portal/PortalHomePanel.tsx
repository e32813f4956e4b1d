// The module's part of the portal's home page: the latest documents in force and the drafts open for comment (every
// kind, from the shared 意见征集) with their closing dates, each linked to its page, so a visitor sees what is new
// before choosing a section.
import { Link } from 'react-router-dom';
import { Alert, Card, Empty, List, Tag } from 'antd';
import { useApi } from '../../../api/hooks';
import { chineseDate, daysLeftText } from '../../../participation/participation-format';
import type { OpenSubjectConsultationPage, CataloguePage } from '@fazhi/core/contracts';
import '../../../participation/participation.css';

const SHOWN = 5;

export default function PortalHomePanel() {
  const latest = useApi<CataloguePage>('/public/normative-documents', { page: 1, pageSize: SHOWN });
  const open = useApi<OpenSubjectConsultationPage>('/public/consultations', { page: 1, pageSize: SHOWN });
  return (
    <div className="fz-home-panels">
      <Card
        title="最新发布的规范性文件"
        extra={<Link to="/normative-documents">更多</Link>}
        className="fz-pp"
        aria-label="最新发布的规范性文件"
      >
        {latest.error && <Alert type="error" showIcon role="alert" message={latest.error.message} />}
        <List
          loading={latest.loading}
          dataSource={latest.data?.items ?? []}
          locale={{ emptyText: <Empty description="暂无现行有效的规范性文件" /> }}
          renderItem={(d) => (
            <List.Item className="fz-home-item">
              <Link to={`/normative-documents/${d.id}`} className="fz-pp-item-title">
                {d.title}
              </Link>
              <div className="fz-pp-meta">
                {d.docNumber && <span>{d.docNumber}</span>}
                <span>{d.issuerName}</span>
                {d.publishedOn && <span>{chineseDate(d.publishedOn)}公布</span>}
              </div>
            </List.Item>
          )}
        />
      </Card>
      <Card
        title="正在征求意见"
        extra={<Link to="/consultations">更多</Link>}
        className="fz-pp"
        aria-label="正在征求意见"
      >
        {open.error && <Alert type="error" showIcon role="alert" message={open.error.message} />}
        <List
          loading={open.loading}
          dataSource={open.data?.items ?? []}
          locale={{ emptyText: <Empty description="目前没有正在公开征求意见的草案" /> }}
          renderItem={(c) => (
            <List.Item className="fz-home-item">
              <Link to={`/consultations/${c.kind}/${c.id}`} className="fz-pp-item-title">
                {c.title}
              </Link>
              <div className="fz-pp-meta">
                <span>{c.kindLabel}</span>
                <span>{c.orgName}</span>
                <span>{chineseDate(c.closesOn)}截止</span>
                <Tag color={c.daysRemaining <= 3 ? 'red' : 'blue'}>{daysLeftText(c.daysRemaining)}</Tag>
              </div>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
