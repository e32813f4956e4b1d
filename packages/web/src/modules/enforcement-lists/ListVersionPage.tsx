// One version of a body's list: its standing today (现行有效 / 待生效 / 已被替代), the reason it was adjusted, and its rows.
import { useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Tag } from 'antd';
import type { EnforcementListDetail } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { displayDate } from '../../shell/datetime';
import { ListRowsTable } from './ListRowsTable';
import { standingColour } from './standing';

export default function ListVersionPage() {
  const { id } = useParams();
  const list = useApi<EnforcementListDetail>(`/enforcement-lists/${id ?? ''}`);
  const l = list.data;
  if (list.error) return <Alert type="error" showIcon message={list.error.message} />;
  return (
    <Card
      loading={list.loading}
      title={l ? `${l.bodyName}${l.kindLabel}（第${l.versionNo}版）` : '执法事前公示清单'}
      extra={l && <Tag color={standingColour[l.standing]}>{l.standingLabel}</Tag>}
    >
      {l && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="执法主体">{l.bodyName}</Descriptions.Item>
            <Descriptions.Item label="生效日期">{displayDate(l.effectiveFrom)}</Descriptions.Item>
            <Descriptions.Item label="事项数">{l.itemCount}</Descriptions.Item>
            <Descriptions.Item label="依据">{l.kindBasis}</Descriptions.Item>
            {l.adjustmentReason && (
              <Descriptions.Item label="调整理由" span={2}>
                {l.adjustmentReason}
              </Descriptions.Item>
            )}
          </Descriptions>
          <ListRowsTable kind={l.kind} rows={l.rows} />
        </>
      )}
    </Card>
  );
}
