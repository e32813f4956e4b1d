// 行政执法主体: the bodies of the units in the user's scope with their legal status (法定 / 授权 / 受委托 with the
// entrustment), fields, address and phones, officers and legal reviewers (flagged under the region's ratio, 118号
// §(十一)); the justice bureau confirms and changes bodies and publishes the region's list, each time a version.
import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { EnforcementBody, EnforcementBodyList, OrgRow } from '@fazhi/core/contracts';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { errorText } from '../../../shell/errors';
import { displayDate } from '../../../shell/datetime';
import BodyForm from './BodyForm';

const statusColor = { statutory: 'blue', authorised: 'cyan', entrusted: 'gold' } as const;

export default function BodiesPage() {
  const list = useApi<EnforcementBodyList>('/enforcement-bodies');
  const regions = list.data?.regions ?? [];
  const orgs = useApi<{ items: OrgRow[] }>(regions.length ? '/orgs' : null);
  const [editing, setEditing] = useState<EnforcementBody | 'new' | null>(null);
  const { message } = App.useApp();
  const announce = async (code: string) => {
    try {
      const r = await api.post<{ versionNo: number; bodies: number }>('/enforcement-body-announcements', {
        regionCode: code,
      });
      message.success(`已公告第${r.versionNo}版行政执法主体名单，共${r.bodies}个主体`);
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Card size="small" title="行政执法主体">
      <Typography.Paragraph type="secondary">
        行政执法主体包括法定行政机关、法律法规授权组织和受委托组织（《中华人民共和国行政处罚法》第十七条、第十九条、第二十条）。受委托组织须载明委托机关、委托事项和权限、委托期限。法制审核人员原则上不少于本单位执法人员总数的5%（国办发〔2018〕118号）。
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      {regions.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setEditing('new')}>
            确认执法主体
          </Button>
          {regions.map((r) => (
            <Popconfirm
              key={r.code}
              title={`公告${r.name}行政执法主体名单？`}
              description="在册的执法主体将作为新的一版在门户网站公布，以往各版保留可查。"
              okText="公告"
              cancelText="取消"
              onConfirm={() => announce(r.code)}
            >
              <Button>
                公告{r.name}执法主体名单{r.lastVersion ? `（已公告第${r.lastVersion}版）` : '（尚未公告）'}
              </Button>
            </Popconfirm>
          ))}
        </Space>
      )}
      <Table<EnforcementBody>
        size="small"
        rowKey="organisationId"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 30 }}
        locale={{ emptyText: '尚无确认的行政执法主体' }}
        columns={[
          {
            title: '执法主体',
            dataIndex: 'organisationName',
            render: (v: string, b) => (
              <>
                {v}
                {b.status === 'withdrawn' && <Tag style={{ marginLeft: 6 }}>已撤销</Tag>}
                {b.isDemo && (
                  <Tag color="purple" style={{ marginLeft: 6 }}>
                    演示
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: '法律地位',
            dataIndex: 'legalStatusLabel',
            width: 150,
            render: (v: string, b) => (
              <Tag color={statusColor[b.legalStatus]} title={b.legalStatusBasis}>
                {v}
              </Tag>
            ),
          },
          {
            title: '委托',
            key: 'entrustment',
            render: (_: unknown, b) =>
              b.legalStatus === 'entrusted' ? (
                <Space direction="vertical" size={0}>
                  <span>委托机关：{b.entrustingOrganisationName}</span>
                  <span>委托事项：{b.entrustmentScope}</span>
                  <span>
                    期限：{displayDate(b.entrustmentFrom)}至{displayDate(b.entrustmentTo)}
                    {b.entrustmentEnded && (
                      <Tag color="red" style={{ marginLeft: 6 }}>
                        已到期
                      </Tag>
                    )}
                  </span>
                </Space>
              ) : (
                '—'
              ),
          },
          { title: '执法领域', dataIndex: 'fields', render: (v: string[]) => v.join('、') || '—' },
          {
            title: '地址和电话',
            key: 'contact',
            render: (_: unknown, b) => `${b.address}；${b.phones}`,
          },
          { title: '执法人员', dataIndex: 'officers', width: 90 },
          {
            title: '法制审核人员',
            key: 'reviewers',
            width: 150,
            render: (_: unknown, b) => (
              <>
                {b.reviewers}人
                {b.reviewersBelowRatio && (
                  <Tag color="red" style={{ marginLeft: 6 }} aria-label="法制审核人员不足">
                    低于比例，应不少于{b.reviewersRequired}人
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: '操作',
            key: 'acts',
            width: 70,
            render: (_: unknown, b) => b.abilities.manage && <a onClick={() => setEditing(b)}>修改</a>,
          },
        ]}
      />
      {editing && (
        <BodyForm
          body={editing === 'new' ? null : editing}
          orgs={orgs.data?.items ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
