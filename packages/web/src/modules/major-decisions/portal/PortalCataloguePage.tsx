// 重大行政决策事项目录 on the portal (第三条第三款: 经同级党委同意后向社会公布): the year's catalogue in force of each
// decision body of the portal's region, each item with its 承办单位, basis, planned time, the steps of its
// procedure and its history across the catalogue's adjustments; items an adjustment took out are listed after.
// Each item shows where it stands (derived from the decision started from it) and links to the decision once
// published. The year lives in the address (?year=), so a catalogue can be bookmarked.
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import type { PublicCatalogue, PublicCatalogueItem, PublicCatalogues } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';

/** Where the item stands, from its decision record (the server derives it): published green, under way blue. */
const stageColor = (stage: PublicCatalogueItem['stage']) =>
  stage === 'published' ? 'green' : stage === 'none' || stage === 'proposed' ? 'default' : 'blue';

function Item({ item, removed }: { item: PublicCatalogueItem; removed?: boolean }) {
  return (
    <List.Item>
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong delete={removed}>
            {item.title}
          </Typography.Text>
          {!removed && (
            <Tag color={stageColor(item.stage)} aria-label="决策进展">
              {item.stageLabel}
            </Tag>
          )}
          {!removed && item.decisionId && <Link to={`/decisions/${item.decisionId}`}>查看公布的决策</Link>}
        </Space>
        <span>承办单位：{item.sponsorName}</span>
        <span>法律依据：{item.legalBasis}</span>
        {item.policyBasis && <span>政策依据：{item.policyBasis}</span>}
        <span>
          计划时间：{displayDate(item.plannedStart)}至{displayDate(item.plannedFinish)}
        </span>
        <span>决策程序：{item.steps.join(' → ')}</span>
        <span aria-label="事项历史">
          {item.history.map((h) => (
            <Tag key={h.versionNo} color={h.change === 'removed' ? 'red' : h.change === 'added' ? 'green' : 'gold'}>
              第{h.versionNo}版 {displayDate(h.publishedOn)} {h.changeLabel}
            </Tag>
          ))}
        </span>
      </Space>
    </List.Item>
  );
}

function Catalogue({ c }: { c: PublicCatalogue }) {
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={`${c.bodyName}${c.year}年重大行政决策事项目录`}
      extra={c.isDemo && <Tag color="purple">演示数据</Tag>}
    >
      <Typography.Paragraph type="secondary">
        经同级党委同意（{displayDate(c.partyConsentOn)}），于{displayDate(c.publishedOn)}公布
        {c.versionNo > 1 ? `，现行为第${c.versionNo}版` : ''}。
      </Typography.Paragraph>
      {c.adjustments.length > 0 && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          message="目录调整情况"
          description={c.adjustments.map((a) => (
            <div key={a.versionNo}>
              第{a.versionNo}版（{displayDate(a.publishedOn)}公布）：{a.reason}
            </div>
          ))}
        />
      )}
      <List dataSource={c.items} renderItem={(i) => <Item item={i} />} />
      {c.removed.length > 0 && (
        <>
          <Typography.Title level={5}>调整时移出目录的事项</Typography.Title>
          <List dataSource={c.removed} renderItem={(i) => <Item item={i} removed />} />
        </>
      )}
    </Card>
  );
}

export default function PortalCataloguePage() {
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? undefined;
  const data = useApi<PublicCatalogues>('/public/decision-catalogues', { year });
  const years = data.data?.years ?? [];
  return (
    <Card title="重大行政决策事项目录">
      <Typography.Paragraph type="secondary">
        决策机关根据《重大行政决策程序暂行条例》第三条，确定本年度重大行政决策事项目录，经同级党委同意后向社会公布，并根据实际情况调整。
      </Typography.Paragraph>
      <Select
        aria-label="年度"
        style={{ minWidth: 140 }}
        value={data.data ? String(data.data.year) : year}
        options={years.map((y) => ({ value: String(y), label: `${y}年` }))}
        onChange={(v: string) => setParams(new URLSearchParams({ year: v }))}
      />
      {data.error && <Alert type="error" showIcon message={data.error.message} style={{ marginTop: 16 }} />}
      {data.data && data.data.catalogues.length === 0 && (
        <Empty style={{ marginTop: 16 }} description={`${data.data.year}年尚未公布重大行政决策事项目录`} />
      )}
      {data.data?.catalogues.map((c) => (
        <Catalogue key={c.bodyName} c={c} />
      ))}
    </Card>
  );
}
