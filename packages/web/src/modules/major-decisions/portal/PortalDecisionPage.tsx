// One published 重大行政决策 on the portal: the decision as published, its 政策解读, the explanation of how the
// public's and experts' views were adopted, and, where the draft went out for comment, the generated 意见采纳情况说明
// (第三十二条). A decision not (yet) published is not found here.
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Space, Tag } from 'antd';
import type { PublicDecision } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';
import { InterpretationText } from '../../../components/InterpretationText';
import { publicRecordFallback } from '../../../components/PublicRecordFallback';
import AdoptionReport from './AdoptionReport';

export default function PortalDecisionPage() {
  const { id = '' } = useParams();
  const res = useApi<PublicDecision>(`/public/decisions/${encodeURIComponent(id)}`);
  const back = <Link to="/decisions">返回重大行政决策公开</Link>;
  const fallback = publicRecordFallback(res, {
    title: '未找到该重大行政决策',
    subTitle: '该决策不存在或尚未公布。',
    back,
  });
  const d = res.data;
  if (fallback || !d) return fallback;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>{back}</div>
      <Card
        title={<h1 style={{ fontSize: 20, margin: 0, whiteSpace: 'normal' }}>{d.title}</h1>}
        extra={d.isDemo && <Tag color="purple">演示数据</Tag>}
      >
        {d.stage !== 'published' && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`该决策${d.stageLabel}。`} />
        )}
        <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label="决策机关">{d.bodyName}</Descriptions.Item>
          <Descriptions.Item label="承办单位">{d.sponsorName}</Descriptions.Item>
          <Descriptions.Item label="公布日期">{displayDate(d.publishedOn)}</Descriptions.Item>
          <Descriptions.Item label="决策事项目录">
            {d.catalogueYear ? (
              <Link to={`/decision-catalogue?year=${d.catalogueYear}`}>列入{d.catalogueYear}年决策事项目录</Link>
            ) : (
              '未列入年度决策事项目录'
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="决策内容">
        <InterpretationText body={d.publishedText} />
      </Card>
      <Card title="政策解读">
        <InterpretationText body={d.interpretation} />
      </Card>
      <Card title="公众意见、专家论证意见采纳情况说明">
        <InterpretationText body={d.adoptionExplanation} />
        {d.consultation && (
          <Alert
            type="info"
            style={{ margin: '12px 0' }}
            message={`决策草案于${displayDate(d.consultation.opensOn)}至${displayDate(d.consultation.closesOn)}公开征求意见，收到公众意见${d.consultation.comments}条。`}
          />
        )}
        {d.adoptionReport && <AdoptionReport blocks={d.adoptionReport.blocks} />}
      </Card>
    </Space>
  );
}
