// 执法人员与证件: the officers, supervisors and auxiliaries of the bodies in the user's scope with their certificate
// (its status as of today under the region's validity), this year's training hours and whether each may handle a
// case (an auxiliary never); the roster's Excel import (all or nothing, problems row by row); and who falls short of
// the year's training minimum (纲要 §(34)).
import { useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type {
  EnforcementBodyList,
  EnforcementOfficer,
  EnforcementOfficerList,
  TrainingShortfall,
} from '@fazhi/core/contracts';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { errorText } from '../../../shell/errors';
import { ExcelImportPanel, useExcelImport } from '../../../components/ExcelImport';
import { displayDate } from '../../../shell/datetime';
import { CertificateStatusForm, OfficerForm, RenewCertificateForm, TrainingForm } from './OfficerForms';

const statusColor = { valid: 'green', suspended: 'orange', revoked: 'red', expired: 'red' } as const;

function RosterImport({ onImported }: { onImported: () => void }) {
  const [open, setOpen] = useState(false);
  const state = useExcelImport<{ officers: number; bodies: number }>('/enforcement-officers/import', {
    onImported: () => onImported(),
  });
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        导入执法人员名册
      </Button>
      <Modal title="从 Excel 导入执法人员名册" open={open} onCancel={() => setOpen(false)} footer={null} width={760}>
        <ExcelImportPanel
          intro="请按模板填写「执法人员名册」工作表后上传。系统先校验全部行，有任何问题都不会导入，并逐行列出问题。"
          templateHref="/api/enforcement-officers/import-template.xlsx"
          state={state}
        />
        {state.result && (
          <Alert
            type="success"
            showIcon
            message={`导入完成：${state.result.bodies}个执法主体的${state.result.officers}名人员`}
          />
        )}
      </Modal>
    </>
  );
}

function Shortfall() {
  const s = useApi<TrainingShortfall>('/enforcement-training/shortfall');
  return (
    <>
      {s.data && (
        <Typography.Paragraph>
          {s.data.year}年度，{s.data.officers}名持证人员中有
          <Typography.Text strong type={s.data.items.length ? 'danger' : undefined}>
            {s.data.items.length}
          </Typography.Text>
          名培训学时不足{s.data.minimumHours}学时。
          <Typography.Text type="secondary">依据：{s.data.basis}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="officerId"
        loading={s.loading}
        dataSource={s.data?.items ?? []}
        pagination={{ pageSize: 30 }}
        locale={{ emptyText: '全部人员已达到年度培训学时' }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '执法主体', dataIndex: 'organisationName' },
          { title: '证件号', dataIndex: 'certificateNumber' },
          { title: '本年学时', dataIndex: 'hours', width: 100 },
          { title: '尚差学时', dataIndex: 'hoursShort', width: 100, render: (v: number) => <Tag color="red">{v}</Tag> },
        ]}
      />
    </>
  );
}

export default function OfficersPage() {
  const [q, setQ] = useState('');
  const [reloadKey, setReloadKey] = useState(0);
  const list = useApi<EnforcementOfficerList>('/enforcement-officers', { q: q || undefined });
  const bodies = useApi<EnforcementBodyList>(list.data?.mayImportRoster ? '/enforcement-bodies' : null);
  const [adding, setAdding] = useState(false);
  const [training, setTraining] = useState<EnforcementOfficer | null>(null);
  const [status, setStatus] = useState<EnforcementOfficer | null>(null);
  const [renewing, setRenewing] = useState<EnforcementOfficer | null>(null);
  const { message } = App.useApp();
  const changed = () => {
    setAdding(false);
    setTraining(null);
    setStatus(null);
    setRenewing(null);
    setReloadKey((k) => k + 1);
    list.reload();
  };
  const data = list.data;
  return (
    <Card size="small" title="执法人员与证件">
      <Typography.Paragraph type="secondary">
        执法人员持行政执法证、监督人员持行政执法监督证；执法辅助人员不持证，不得作为案件承办人（《中华人民共和国行政处罚法》第四十二条）。证件有效期、年度注册和年度培训最低学时按本地区设置执行。
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
      <Tabs
        items={[
          {
            key: 'officers',
            label: `人员与证件${data ? `（${data.total}）` : ''}`,
            children: (
              <>
                <Space wrap style={{ marginBottom: 12 }}>
                  <Input.Search
                    allowClear
                    placeholder="姓名或证件号"
                    aria-label="查找执法人员"
                    onSearch={(v) => setQ(v.trim())}
                    style={{ width: 240 }}
                  />
                  {data?.mayImportRoster && (
                    <>
                      <RosterImport onImported={changed} />
                      <Button onClick={() => setAdding(true)}>登记人员</Button>
                    </>
                  )}
                </Space>
                <Table<EnforcementOfficer>
                  size="small"
                  rowKey="id"
                  loading={list.loading}
                  dataSource={data?.items ?? []}
                  pagination={{ pageSize: 30 }}
                  locale={{ emptyText: '尚无执法人员' }}
                  columns={[
                    {
                      title: '姓名',
                      dataIndex: 'name',
                      render: (v: string, o) => (
                        <>
                          {v}
                          {o.isLegalReviewer && <Tag style={{ marginLeft: 6 }}>法制审核</Tag>}
                          {o.isDemo && <Tag color="purple">演示</Tag>}
                        </>
                      ),
                    },
                    { title: '执法主体', dataIndex: 'organisationName' },
                    { title: '类别', dataIndex: 'kindLabel', width: 120 },
                    { title: '证件号', dataIndex: 'certificateNumber', render: (v: string | null) => v ?? '—' },
                    { title: '执法类别', dataIndex: 'category', width: 100 },
                    {
                      title: '证件状态',
                      key: 'status',
                      width: 150,
                      render: (_: unknown, o) =>
                        o.certificateStatus ? (
                          <>
                            <Tag color={statusColor[o.certificateStatus]}>{o.certificateStatusLabel}</Tag>
                            {o.lapsesOn && <div>有效期至{displayDate(o.lapsesOn)}</div>}
                            {o.registrationDue && <Tag color="orange">待年度注册</Tag>}
                          </>
                        ) : (
                          o.certificateStatusLabel
                        ),
                    },
                    {
                      title: `${data?.year ?? ''}年培训学时`,
                      dataIndex: 'trainingHours',
                      width: 120,
                      render: (v: number, o) =>
                        o.kind !== 'auxiliary' && data && v < data.minimumHours ? <Tag color="red">{v}</Tag> : v,
                    },
                    {
                      title: '可承办案件',
                      dataIndex: 'mayHandleCases',
                      width: 100,
                      render: (v: boolean) => (v ? '是' : '否'),
                    },
                    {
                      title: '操作',
                      key: 'acts',
                      width: 260,
                      render: (_: unknown, o) => (
                        <Space size={8}>
                          {o.abilities.manage && <a onClick={() => setTraining(o)}>登记培训</a>}
                          {o.abilities.changeCertificateStatus && o.certificateNumber && (
                            <a onClick={() => setStatus(o)}>证件状态</a>
                          )}
                          {o.abilities.renewCertificate && o.certificateNumber && o.certificateStatus !== 'revoked' && (
                            <a onClick={() => setRenewing(o)}>换发证件</a>
                          )}
                          {o.registrationDue && o.abilities.registerAnnually && data && (
                            <Popconfirm
                              title={`为${o.name}的证件办理${data.year}年度注册？`}
                              okText="注册"
                              cancelText="取消"
                              onConfirm={async () => {
                                try {
                                  await api.put(`/enforcement-officers/${o.id}/annual-registration`, {
                                    registrationYear: data.year,
                                  });
                                  changed();
                                } catch (e) {
                                  message.error(errorText(e));
                                }
                              }}
                            >
                              <a>年度注册</a>
                            </Popconfirm>
                          )}
                        </Space>
                      ),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'shortfall',
            label: '培训学时不足',
            // remounted after a change, so the shortfall is read again
            children: <Shortfall key={reloadKey} />,
          },
        ]}
      />
      {adding && <OfficerForm bodies={bodies.data?.items ?? []} onClose={() => setAdding(false)} onSaved={changed} />}
      {training && <TrainingForm officer={training} onClose={() => setTraining(null)} onSaved={changed} />}
      {status && <CertificateStatusForm officer={status} onClose={() => setStatus(null)} onSaved={changed} />}
      {renewing && <RenewCertificateForm officer={renewing} onClose={() => setRenewing(null)} onSaved={changed} />}
    </Card>
  );
}
