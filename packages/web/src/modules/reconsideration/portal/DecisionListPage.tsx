// 行政复议决定书公开 (第七十九条; 《法治政府建设实施纲要（2021－2025年）》(二十二)): the portal region's published decisions.
import { reconsiderationDecisionLabels } from '@fazhi/core/modules';
import type { Page, PortalInfo, PublicReconsiderationDecision } from '@fazhi/core/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, List } from 'antd';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';

type Row = Omit<PublicReconsiderationDecision, 'text'>;

export default function DecisionListPage() {
  const portal = useApi<PortalInfo>('/public/portal');
  const [page, setPage] = useState(1);
  const region = portal.data?.regionCode;
  const list = useApi<Page<Row>>(region ? '/public/reconsideration-decisions' : null, {
    regionCode: region,
    page,
    pageSize: 20,
  });
  return (
    <Card title="行政复议决定书公开" className="fz-pp">
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <List<Row>
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '暂无公开的行政复议决定书' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        renderItem={(d) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={`/reconsideration-decisions/${d.id}`}>{d.title}</Link>}
              description={`${reconsiderationDecisionLabels[d.decisionType]}；决定日期：${displayDate(d.decidedOn)}；公开日期：${displayDate(d.publishedOn)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
