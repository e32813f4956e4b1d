// 行政执法事前公示 on the portal (行政处罚法第三十九条; 国办发〔2018〕118号二（四）): for one enforcement body of the
// portal's region, its 随机抽查事项清单, 音像记录事项清单 and 重大执法决定法制审核目录清单 in force today, with search by
// item name or code. The body and the search live in the address (?body=&q=), so a body's lists can be bookmarked.
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, Input, Select, Space, Tag, Typography } from 'antd';
import type { PublicEnforcementLists } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';
import { ListRowsTable } from '../ListRowsTable';

export default function PortalListsPage() {
  const [params, setParams] = useSearchParams();
  const body = params.get('body') ?? undefined;
  const q = params.get('q') ?? undefined;
  const data = useApi<PublicEnforcementLists>('/public/enforcement-lists', { enforcementBodyId: body, q });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <Card title="行政执法事前公示">
      <Typography.Paragraph type="secondary">
        行政执法机关依照《中华人民共和国行政处罚法》第三十九条和国办发〔2018〕118号的要求，事先公示随机抽查事项清单、音像记录事项清单和重大执法决定法制审核目录清单。以下为各执法主体现行有效的清单。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          aria-label="执法主体"
          style={{ minWidth: 260 }}
          value={data.data?.body?.id ?? body}
          options={(data.data?.bodies ?? []).map((b) => ({ value: b.id, label: b.name }))}
          onChange={(v: string) => set('body', v)}
          placeholder="选择执法主体"
        />
        <Input.Search
          aria-label="检索事项"
          placeholder="事项名称或编码"
          allowClear
          defaultValue={q}
          maxLength={50}
          onSearch={(v) => set('q', v.trim() || undefined)}
          style={{ width: 260 }}
        />
      </Space>
      {data.error && <Alert type="error" showIcon message={data.error.message} />}
      {data.data && !data.data.body && <Empty description="本地区尚未公示执法事前公示清单" />}
      {data.data?.lists.map((l) => (
        <Card
          key={l.kind}
          size="small"
          style={{ marginTop: 12 }}
          title={`${data.data?.body?.name ?? ''}${l.kindLabel}`}
          extra={l.isDemo && <Tag color="purple">演示数据</Tag>}
        >
          <Typography.Paragraph type="secondary">
            第{l.versionNo}版，{displayDate(l.effectiveFrom)}起施行。依据：{l.kindBasis}
            {q ? `。检索「${q}」共${l.total}项` : ''}
          </Typography.Paragraph>
          <ListRowsTable kind={l.kind} rows={l.rows} total={l.total} />
        </Card>
      ))}
    </Card>
  );
}
