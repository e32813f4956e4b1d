// The decisions behind one figure, each with its decision body and 承办单位 (a catalogue item linking to its
// catalogue), in the shared drawer; 否 is red since the legality-review rate must be 100%.
import StatisticRecordsDrawer from '../../../components/StatisticRecordsDrawer';
import type { DecisionStatisticFigure, DecisionStatisticRecord } from '@fazhi/core/contracts';

// a type (not an interface), so that it is a query of the API client
export type RecordsQuery = {
  from: string;
  to: string;
  regionCode: string;
  bodyOrgId?: string | undefined;
  sponsorOrgId?: string | undefined;
};

export default function DecisionStatisticRecordsDrawer(props: {
  figure: DecisionStatisticFigure;
  query: RecordsQuery;
  onClose: () => void;
}) {
  return (
    <StatisticRecordsDrawer<DecisionStatisticRecord>
      {...props}
      path="/decision-statistics/records"
      titleLabel={props.figure.key === 'catalogue_items' ? '目录事项' : '决策名称'}
      countWord="件"
      outsideColour="red"
      columns={[
        { title: '决策机关', dataIndex: 'bodyName', width: 150 },
        { title: '承办单位', dataIndex: 'sponsorName', width: 170 },
      ]}
    />
  );
}
