// 执法事前公示清单: the list versions of the bodies the user reaches, each with its standing today, and the import
// with which a body's legal staff publish a new version from Excel (all or nothing, the problems row by row).
import { consoleLink, enforcementListsMenu } from '@fazhi/core/modules';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { EnforcementListVersion, EnforcementListVersions } from '@fazhi/core/contracts';
import { withQuery } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ExcelImportPanel, useExcelImport } from '../../components/ExcelImport';
import DateField from '../../components/DateField';
import { useToday } from '../../shell/session';
import { displayDate } from '../../shell/datetime';
import { standingColour } from './standing';

interface Target {
  enforcementBodyId?: string;
  kind?: EnforcementListVersion['kind'];
  effectiveFrom?: string;
  adjustmentReason?: string;
}

function ImportCard({ data, onImported }: { data: EnforcementListVersions; onImported: () => void }) {
  const today = useToday();
  const [target, setTarget] = useState<Target>({
    enforcementBodyId: data.bodies[0]?.id,
    kind: 'random_inspection',
    effectiveFrom: today,
  });
  const state = useExcelImport<{ versionNo: number; imported: number }>(
    withQuery('/enforcement-lists/import', { ...target }),
    { maxBytes: 10 * 1024 * 1024, onImported },
  );
  const published = data.items.some((v) => v.bodyOrgId === target.enforcementBodyId && v.kind === target.kind);
  return (
    <Card size="small" title="导入清单（公布新版本）" style={{ marginTop: 12 }}>
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="执法主体">
          <Select
            aria-label="执法主体"
            style={{ width: 240 }}
            value={target.enforcementBodyId}
            options={data.bodies.map((b) => ({ value: b.id, label: b.name }))}
            onChange={(v: string) => setTarget({ ...target, enforcementBodyId: v })}
          />
        </Form.Item>
        <Form.Item label="清单">
          <Select
            aria-label="清单类型"
            style={{ width: 250 }}
            value={target.kind}
            options={data.kinds}
            onChange={(v: EnforcementListVersion['kind']) => setTarget({ ...target, kind: v })}
          />
        </Form.Item>
        <Form.Item label="生效日期">
          <DateField
            aria-label="生效日期"
            value={target.effectiveFrom}
            onChange={(v) => setTarget({ ...target, effectiveFrom: v })}
          />
        </Form.Item>
        {published && (
          <Form.Item label="调整理由">
            <Input
              aria-label="调整理由"
              style={{ width: 320 }}
              maxLength={2000}
              value={target.adjustmentReason}
              onChange={(e) => setTarget({ ...target, adjustmentReason: e.target.value })}
            />
          </Form.Item>
        )}
      </Form>
      <ExcelImportPanel
        intro="按模板填写「清单事项」工作表后上传（.xlsx）。系统先校验全部行，音像记录事项清单必须列明查封扣押财产和强制拆除（国办发〔2018〕118号）；有任何问题都不会导入，并逐行列出问题。导入成功即公布为该清单的新版本，自生效日期起在门户网站公示。"
        templateHref="/api/enforcement-lists/import-template.xlsx"
        state={state}
      />
      {state.result && (
        <Alert
          type="success"
          showIcon
          message={`已公布第${state.result.versionNo}版，共${state.result.imported}项`}
          style={{ marginTop: 8 }}
        />
      )}
    </Card>
  );
}

export default function ListVersionsPage() {
  const list = useApi<EnforcementListVersions>('/enforcement-lists');
  return (
    <>
      <Card size="small" title="执法事前公示清单">
        <Typography.Paragraph type="secondary">
          行政执法机关事先公示随机抽查事项清单、音像记录事项清单和重大执法决定法制审核目录清单（《中华人民共和国行政处罚法》第三十九条，国办发〔2018〕118号）。每次调整形成新的版本，自生效日期起施行，历次版本均予保留。
        </Typography.Paragraph>
        {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} />}
        <Table<EnforcementListVersion>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '尚未公布执法事前公示清单' }}
          columns={[
            { title: '执法主体', dataIndex: 'bodyName' },
            {
              title: '清单',
              key: 'kind',
              render: (_: unknown, v) => (
                <Link to={consoleLink(enforcementListsMenu, 'enforcement-lists', v.id)}>
                  {v.kindLabel}（第{v.versionNo}版）
                </Link>
              ),
            },
            { title: '生效日期', dataIndex: 'effectiveFrom', width: 130, render: displayDate },
            {
              title: '状态',
              key: 'standing',
              width: 110,
              render: (_: unknown, v) => <Tag color={standingColour[v.standing]}>{v.standingLabel}</Tag>,
            },
            { title: '事项数', dataIndex: 'itemCount', width: 80 },
            { title: '调整理由', dataIndex: 'adjustmentReason', render: (r: string | null) => r ?? '—' },
            {
              title: '',
              key: 'demo',
              width: 60,
              render: (_: unknown, v) => v.isDemo && <Tag color="purple">演示</Tag>,
            },
          ]}
        />
      </Card>
      {list.data && list.data.bodies.length > 0 && <ImportCard data={list.data} onImported={list.reload} />}
    </>
  );
}
