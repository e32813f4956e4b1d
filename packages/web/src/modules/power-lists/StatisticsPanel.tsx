// 清单统计 of the list shown: this year to date, the items in force at the end by kind and by body, the items
// added and reduced since the version in force on 1 January, the reduction rate; the export holds the same.
import { Alert, Button, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import type { PowerListStatistics, PowerListSummary } from '@fazhi/core/contracts';
import { withQuery } from '../../api/client';
import { useApi } from '../../api/hooks';
import { displayDate } from '../../shell/datetime';

export function StatisticsPanel({ list }: { list: PowerListSummary }) {
  const stats = useApi<PowerListStatistics>('/power-list-statistics', { listKind: list.listKind });
  if (stats.error) return <Alert type="error" showIcon message={stats.error.message} />;
  const s = stats.data;
  if (!s) return null;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">
          统计期间：{displayDate(s.period.from)}至{displayDate(s.period.to)}；期初施行
          {s.scope.fromVersion ? `第${s.scope.fromVersion}版` : '（尚无）'}，期末施行
          {s.scope.toVersion ? `第${s.scope.toVersion}版` : '（尚无）'}
        </Typography.Text>
        <Button href={withQuery('/api/power-list-statistics/export.xlsx', { listKind: list.listKind })}>
          导出统计
        </Button>
      </Space>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {s.figures.map((f) => (
          <Col key={f.key}>
            <Statistic title={f.label} value={f.display} />
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col span={10}>
          <Table
            size="small"
            rowKey="itemKind"
            pagination={false}
            dataSource={s.byKind}
            columns={[
              { title: '事项类型', dataIndex: 'label' },
              { title: '事项数', dataIndex: 'count', width: 100 },
            ]}
          />
        </Col>
        <Col span={14}>
          <Table
            size="small"
            rowKey="orgId"
            pagination={{ pageSize: 10, showSizeChanger: false }}
            dataSource={s.byBody}
            columns={[
              { title: '实施主体', dataIndex: 'name' },
              { title: '事项数', dataIndex: 'count', width: 100 },
            ]}
          />
        </Col>
      </Row>
    </>
  );
}
