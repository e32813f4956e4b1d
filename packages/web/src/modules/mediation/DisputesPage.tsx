// 矛盾纠纷调解: the disputes mediated at the units in reach, newest first, filtered by state and kind; an agreement
// whose performance day has passed with nothing recorded is marked (人民调解法 第三十一条第二款, as of today).
import { consoleLink, mediationMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Select, Space, Table, Tag } from 'antd';
import type { MediationDisputePage, MediationDisputeRow } from '@fazhi/core/contracts';
import { useApi } from '../../api/hooks';
import { displayDate } from '../../shell/datetime';
import { statusColour, yuan } from './format';
import RegisterDispute from './RegisterDispute';

export default function DisputesPage() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [mediationKind, setKind] = useState<string | undefined>(undefined);
  const [registering, setRegistering] = useState(false);
  const list = useApi<MediationDisputePage>('/mediation-disputes', { page, pageSize: 20, status, mediationKind });
  const data = list.data;
  const canRegister = !!data && (data.committees.length > 0 || data.units.length > 0);
  const filter = (
    label: string,
    value: string | undefined,
    set: (v: string | undefined) => void,
    options: [string, string][],
  ) => (
    <>
      {label}：
      <Select
        aria-label={label}
        style={{ width: 140 }}
        value={value ?? ''}
        onChange={(v: string) => {
          setPage(1);
          set(v || undefined);
        }}
        options={[{ value: '', label: '全部' }, ...options.map(([v, l]) => ({ value: v, label: l }))]}
      />
    </>
  );
  return (
    <Card
      size="small"
      title="矛盾纠纷调解"
      extra={
        canRegister && (
          <Button type="primary" onClick={() => setRegistering(true)}>
            登记纠纷
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        {filter('调解状态', status, setStatus, [
          ['mediating', '调解中'],
          ['agreed', '调解成功'],
          ['failed', '调解不成'],
          ['refused', '当事人拒绝调解'],
        ])}
        {filter('调解类型', mediationKind, setKind, [
          ['peoples', '人民调解'],
          ['administrative', '行政调解'],
        ])}
      </Space>
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Table<MediationDisputeRow>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: '暂无调解纠纷' }}
        columns={[
          {
            title: '编号',
            key: 'number',
            width: 130,
            render: (_: unknown, d) => (
              <Link to={consoleLink(mediationMenu, 'mediation-disputes', d.id)}>{d.number}</Link>
            ),
          },
          { title: '纠纷类型', dataIndex: 'disputeType', width: 150 },
          { title: '调解组织或机关', key: 'by', render: (_: unknown, d) => d.committeeName ?? d.orgName },
          { title: '登记日期', dataIndex: 'registeredOn', width: 130, render: displayDate },
          {
            title: '状态',
            key: 'status',
            width: 170,
            render: (_: unknown, d) => (
              <Space size={2}>
                <Tag color={statusColour(d.status)}>{d.statusLabel}</Tag>
                {d.performanceOverdue && <Tag color="red">履行期限已过</Tag>}
                {d.major && <Tag color="volcano">重大疑难</Tag>}
              </Space>
            ),
          },
          { title: '协议金额', dataIndex: 'agreementAmountYuan', width: 110, render: yuan },
          { title: '', key: 'demo', width: 60, render: (_: unknown, d) => d.isDemo && <Tag color="purple">演示</Tag> },
        ]}
      />
      {registering && data && <RegisterDispute page={data} onClose={() => setRegistering(false)} />}
    </Card>
  );
}
