// One published 行政复议决定书, personal data redacted by the server (第七十九条).
import { reconsiderationDecisionLabels } from '@fazhi/core/modules';
import type { PublicReconsiderationDecision } from '@fazhi/core/contracts';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Skeleton } from 'antd';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';
import '../../../participation/participation.css';

export default function DecisionPage() {
  const { id = '' } = useParams();
  const d = useApi<PublicReconsiderationDecision>(`/public/reconsideration-decisions/${id}`);
  if (d.error)
    return (
      <Alert type="error" showIcon message={d.error.status === 404 ? '该决定书不存在或未公开' : d.error.message} />
    );
  if (!d.data) return <Skeleton active />;
  return (
    <Card title={d.data.title} className="fz-pp" extra={<Link to="/reconsideration-decisions">返回列表</Link>}>
      <Descriptions column={1} size="small" bordered className="fz-pp-desc">
        <Descriptions.Item label="被申请人">{d.data.respondentName}</Descriptions.Item>
        <Descriptions.Item label="决定类型">{reconsiderationDecisionLabels[d.data.decisionType]}</Descriptions.Item>
        <Descriptions.Item label="决定日期">{displayDate(d.data.decidedOn)}</Descriptions.Item>
        <Descriptions.Item label="公开日期">{displayDate(d.data.publishedOn)}</Descriptions.Item>
      </Descriptions>
      <div className="fz-pp-text" style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>
        {d.data.text}
      </div>
    </Card>
  );
}
