// A statistics page's figures, one card per group with a card per figure that opens the records behind it.
import { Card, Col, Row } from 'antd';
import StatisticFigureCard, { type FigureShown } from './StatisticFigureCard';

export default function StatisticGroupCards<
  G extends string,
  F extends FigureShown & { key: string; group: G },
>(props: { labels: Record<G, string>; figures: F[]; onOpen: (f: F) => void }) {
  return (Object.keys(props.labels) as G[]).map((g) => (
    <Card key={g} size="small" title={props.labels[g]} style={{ marginBottom: 12 }}>
      <Row gutter={[12, 12]}>
        {props.figures
          .filter((f) => f.group === g)
          .map((f) => (
            <Col key={f.key} xs={12} md={8} lg={6} xl={4}>
              <StatisticFigureCard figure={f} onOpen={() => props.onOpen(f)} />
            </Col>
          ))}
      </Row>
    </Card>
  ));
}
