// 发文机关代字: the system administrator sets the issuer code each unit's 文号 begins with (示政规 → 示政规〔2026〕3号).
// Only the units the administrator may manage are listed; internal offices never issue normative documents.
import { useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { errorText } from '../../../shell/errors';
import DeskSynonymsCard from './DeskSynonymsCard';

import type { Issuer, IssuerList } from '@fazhi/core/contracts';

function PrefixCell({ issuer, onSaved }: { issuer: Issuer; onSaved: () => void }) {
  const { message } = App.useApp();
  const [value, setValue] = useState(issuer.numberPrefix ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.put('/normative-issuers', { orgId: issuer.orgId, numberPrefix: value.trim() });
      message.success(`已设置${issuer.orgName}的发文机关代字`);
      onSaved();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Space.Compact>
        <Input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          maxLength={20}
          placeholder="如 示政规"
          style={{ width: 160 }}
          status={error ? 'error' : undefined}
          aria-label={`${issuer.orgName}的发文机关代字`}
        />
        <Button
          onClick={() => void save()}
          loading={busy}
          disabled={!value.trim() || value.trim() === issuer.numberPrefix}
        >
          保存
        </Button>
      </Space.Compact>
      {error && <div style={{ color: '#cf1322', fontSize: 12 }}>{error}</div>}
    </>
  );
}

export default function DeskIssuersPage() {
  const list = useApi<IssuerList>('/normative-issuers');
  return (
    <>
      <Card size="small" title="发文机关代字">
        <Typography.Paragraph type="secondary">
          规范性文件统一登记、编号时，文号由发文机关代字、年份和序号组成，如“示政规〔2026〕3号”。未设置代字的单位不能登记发布规范性文件；内设机构不得制发规范性文件，不在此列。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
        <Table<Issuer>
          size="small"
          rowKey="orgId"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: '没有您可以设置的单位' }}
          columns={[
            {
              title: '单位',
              dataIndex: 'orgName',
              render: (v: string, i) => (
                <>
                  {v}
                  {i.isDemo && (
                    <Tag color="purple" style={{ marginLeft: 6 }}>
                      演示
                    </Tag>
                  )}
                </>
              ),
            },
            { title: '行政区划代码', dataIndex: 'regionCode', width: 130 },
            {
              title: '当前代字',
              dataIndex: 'numberPrefix',
              width: 120,
              render: (v: string | null) => v ?? <Tag>未设置</Tag>,
            },
            {
              title: '设置代字',
              key: 'set',
              width: 300,
              render: (_: unknown, i) => <PrefixCell key={i.numberPrefix ?? ''} issuer={i} onSaved={list.reload} />,
            },
          ]}
        />
      </Card>
      <DeskSynonymsCard />
    </>
  );
}
