// 裁量基准（一个版本）: the item as the body published it, the circumstances, the version's standing and its versions;
// for the body's staff the acts on a draft (修改, 公布 with its 施行日期) and the revision of a published version;
// for every reader of a published version the penalty suggestion.
import { consoleLink, discretionMenu } from '@fazhi/core/modules';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Form, Space, Table, Tag, Typography } from 'antd';
import type { DiscretionBenchmark } from '@fazhi/core/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import DateField from '../../components/DateField';
import FormCard from '../../components/FormCard';
import { displayDate } from '../../shell/datetime';
import { useToday } from '../../shell/session';
import CircumstanceTable from './CircumstanceTable';
import SuggestionCard from './SuggestionCard';
import { standingColours } from './format';

type Version = DiscretionBenchmark['versions'][number];

export default function BenchmarkDetailPage() {
  const { id } = useParams<{ id: string }>();
  const today = useToday();
  const b = useApi<DiscretionBenchmark>(`/discretion-benchmarks/${id}`);
  if (b.error) return <Alert type="error" showIcon message={b.error.message} />;
  if (!b.data) return <Card loading />;
  const d = b.data;
  const link = (rest: string) => consoleLink(discretionMenu, 'discretion-benchmarks', rest);
  return (
    <>
      <Card
        size="small"
        title={`${d.itemName}（第${d.versionNo}版）`}
        extra={
          <Space>
            {d.isDemo && <Tag color="purple">演示</Tag>}
            <Tag color={standingColours[d.standing]}>{d.standingLabel}</Tag>
            {d.abilities.edit && (
              <Link to={link(`${d.id}/edit`)}>
                <Button>修改草稿</Button>
              </Link>
            )}
            {d.abilities.newVersion && (
              <Link to={link(`new?from=${d.id}`)}>
                <Button>修订（起草新版本）</Button>
              </Link>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="事项编码">{d.itemCode}</Descriptions.Item>
          <Descriptions.Item label="实施机关">{d.bodyName}</Descriptions.Item>
          <Descriptions.Item label="法律依据" span={2}>
            {d.legalBasis}
          </Descriptions.Item>
          <Descriptions.Item label="发布日期">{displayDate(d.publishedOn)}</Descriptions.Item>
          <Descriptions.Item label="施行日期">{displayDate(d.effectiveOn)}</Descriptions.Item>
          {d.reason && (
            <Descriptions.Item label="修订理由" span={2}>
              {d.reason}
            </Descriptions.Item>
          )}
        </Descriptions>
        <CircumstanceTable circumstances={d.circumstances} />
      </Card>
      {d.abilities.publish && (
        <FormCard<{ publishedOn?: string; effectiveOn: string }>
          title="公布裁量基准"
          fields={['publishedOn', 'effectiveOn']}
          initialValues={{ publishedOn: today, effectiveOn: today }}
          submitLabel="公布"
          onSubmit={async (v) => {
            await api.post(`/discretion-benchmarks/${d.id}/publication`, v);
            b.reload();
          }}
        >
          <Typography.Paragraph type="secondary">
            裁量基准应当向社会公布（《中华人民共和国行政处罚法》第三十四条）。公布后在门户网站公开，自施行日期起适用；已公布的版本不再修改，需要变更的起草新版本。
          </Typography.Paragraph>
          <Space wrap>
            <Form.Item name="publishedOn" label="发布日期">
              <DateField aria-label="发布日期" />
            </Form.Item>
            <Form.Item name="effectiveOn" label="施行日期" rules={[{ required: true, message: '请填写施行日期' }]}>
              <DateField aria-label="施行日期" />
            </Form.Item>
          </Space>
        </FormCard>
      )}
      {d.abilities.suggest && d.standing !== 'draft' && <SuggestionCard benchmark={d} />}
      <Card size="small" title="历次版本" style={{ marginTop: 12 }}>
        <Table<Version>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.versions}
          columns={[
            {
              title: '版本',
              dataIndex: 'versionNo',
              width: 80,
              render: (n: number, v) => (v.id === d.id ? `第${n}版` : <Link to={link(v.id)}>第{n}版</Link>),
            },
            {
              title: '状态',
              dataIndex: 'standing',
              width: 160,
              render: (s: Version['standing'], v) => <Tag color={standingColours[s]}>{v.standingLabel}</Tag>,
            },
            { title: '施行日期', dataIndex: 'effectiveOn', width: 140, render: (v: string | null) => displayDate(v) },
            { title: '修订理由', dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
