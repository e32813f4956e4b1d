// 第三十三条: the decision's case file — what it still lacks (each record with its article) before it can be
// archived, the archive act where the user may take it, and once archived the stored case file (PDF) and its
// manifest with their SM3 digests to download.
import { Alert, Card, Descriptions, List, Space, Typography } from 'antd';
import type { DecisionAfter } from '@fazhi/core/contracts';
import { displayDate } from '../../../shell/datetime';
import ActForms, { dateItem } from '../records/ActForms';
import { act } from '../records/acts';

const archiveAct = act<DecisionAfter, { archivedOn: string }>({
  title: '归档',
  path: 'archive',
  offered: (a) => !a.archive && a.abilities.archive,
  fields: ['archivedOn'],
  initialValues: (_, today) => ({ archivedOn: today }),
  submitText: '生成案卷并归档',
  done: '已归档，决策案卷和清单已保存',
  form: () => dateItem('archivedOn', '归档日期'),
});

export default function CaseFileCard({ a, onDone }: { a: DecisionAfter; onDone: (a: DecisionAfter) => void }) {
  const archive = a.archive;
  return (
    <Card size="small" title="决策过程记录和材料归档（第三十三条）" style={{ marginTop: 12 }} data-testid="case-file">
      {archive ? (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="归档日期">{displayDate(archive.archivedOn)}</Descriptions.Item>
          <Descriptions.Item label="决策案卷（PDF）">
            <Space direction="vertical" size={0}>
              <a href={`/api/decisions/${a.id}/archive/case-file.pdf`}>下载决策案卷</a>
              <Typography.Text type="secondary">SM3：{archive.caseFileSm3}</Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="案卷清单">
            <Space direction="vertical" size={0}>
              <a href={`/api/decisions/${a.id}/archive/manifest.json`}>下载案卷清单</a>
              <Typography.Text type="secondary">SM3：{archive.manifestSm3}</Typography.Text>
            </Space>
          </Descriptions.Item>
        </Descriptions>
      ) : a.caseFileGaps.length ? (
        <List
          size="small"
          header={<Typography.Text strong>案卷尚缺以下记录和材料，补齐后方可归档</Typography.Text>}
          dataSource={a.caseFileGaps}
          renderItem={(g) => (
            <List.Item>
              {g.label}（{g.basis}）
            </List.Item>
          )}
          aria-label="案卷检查"
        />
      ) : (
        <Alert type="success" showIcon message="案卷检查：履行决策程序形成的记录和材料齐全，可以归档" />
      )}
      <ActForms record={a} acts={[archiveAct]} onDone={onDone} />
    </Card>
  );
}
