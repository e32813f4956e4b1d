// A decision after its publication (第三十三条至第四十一条), on the decision's page: the implementing units with
// their next progress report's due day and warning, the reports and the problems raised, evaluations, changes and
// accountability records, the case file; and the forms of the acts the user's abilities allow. Each act reloads
// the decision too, so its history and status stay current.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Descriptions, Table, Tag } from 'antd';
import { consoleLink, decisionsMenu } from '@fazhi/core/modules';
import type { DecisionAfter } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate } from '../../../shell/datetime';
import CaseFileCard from '../archive/CaseFileCard';
import ActForms from '../records/ActForms';
import { afterActs } from './AfterActs';

const levelColours: Record<string, string> = { none: 'blue', yellow: 'gold', orange: 'orange', red: 'red' };

export default function DecisionAfterPanel({ id, onChanged }: { id: string; onChanged: () => void }) {
  const loaded = useApi<DecisionAfter>(`/decisions/${id}/after`);
  const [shown, setShown] = useState<DecisionAfter | null>(null);
  const a = shown?.id === id ? shown : loaded.data;
  if (!a) return null;
  const onDone = (next: DecisionAfter) => {
    setShown(next);
    onChanged();
  };
  const ab = a.abilities;
  return (
    <>
      {(a.implementers.length > 0 || a.progressReports.length > 0) && (
        <Card size="small" title="决策执行（第三十四条、第三十五条）" style={{ marginTop: 12 }}>
          <Descriptions size="small" column={1} bordered aria-label="决策执行单位">
            {a.implementers.map((u) => (
              <Descriptions.Item key={u.orgId} label={u.lead ? '牵头执行单位' : '执行单位'}>
                {u.name}（{displayDate(u.assignedOn)}，{u.assignmentRecord}）
                {u.nextReportDue && (
                  <Tag color={levelColours[u.nextReportLevel ?? 'none']} style={{ marginLeft: 8 }}>
                    下次执行情况报告应于{displayDate(u.nextReportDue)}前报送
                  </Tag>
                )}
              </Descriptions.Item>
            ))}
          </Descriptions>
          {a.progressReports.length > 0 && (
            <Table
              size="small"
              style={{ marginTop: 12 }}
              rowKey={(_, i) => String(i)}
              pagination={false}
              dataSource={a.progressReports}
              aria-label="执行情况报告"
              columns={[
                { title: '报告日期', dataIndex: 'reportedOn', width: 140, render: (v: string) => displayDate(v) },
                { title: '执行单位', dataIndex: 'orgName', width: 180 },
                { title: '执行情况', dataIndex: 'progress' },
                {
                  title: '报告的问题',
                  key: 'problem',
                  width: 260,
                  render: (_: unknown, r: DecisionAfter['progressReports'][number]) =>
                    r.problemLabel ? `${r.problemLabel}：${r.problemDetail ?? ''}` : '无',
                },
              ]}
            />
          )}
        </Card>
      )}
      {(a.evaluations.length > 0 || a.changes.length > 0 || a.accountability.length > 0) && (
        <Card size="small" title="决策后评估、调整和责任追究" style={{ marginTop: 12 }}>
          {a.evaluations.map((e, i) => (
            <Descriptions
              key={`e${i}`}
              size="small"
              column={1}
              bordered
              style={{ marginBottom: 12 }}
              aria-label="决策后评估"
            >
              <Descriptions.Item label="决策后评估">
                {displayDate(e.evaluatedOn)}，{e.triggerLabel}：{e.triggerDetail}
              </Descriptions.Item>
              <Descriptions.Item label="承担评估的单位">{e.evaluatorName}</Descriptions.Item>
              <Descriptions.Item label="参与评估">{e.participants}</Descriptions.Item>
              <Descriptions.Item label="评估报告">{e.report}</Descriptions.Item>
              <Descriptions.Item label="评估结论">{e.conclusionLabel}</Descriptions.Item>
            </Descriptions>
          ))}
          {a.changes.map((c, i) => (
            <Descriptions key={`c${i}`} size="small" column={1} bordered style={{ marginBottom: 12 }}>
              <Descriptions.Item label={c.kindLabel}>
                {displayDate(c.decidedOn)}，{c.record}。理由：{c.reason}
                {c.content && `。调整内容：${c.content}`}
                {c.newDecisionId && (
                  <>
                    。<Link to={consoleLink(decisionsMenu, 'decision-records', c.newDecisionId)}>调整后的决策</Link>
                  </>
                )}
              </Descriptions.Item>
            </Descriptions>
          ))}
          {a.accountability.map((x, i) => (
            <Descriptions key={`a${i}`} size="small" column={1} bordered style={{ marginBottom: 12 }}>
              <Descriptions.Item label="责任追究">
                {displayDate(x.decidedOn)}，{x.handlingBody}对{x.person}：{x.handling}
              </Descriptions.Item>
              <Descriptions.Item label="适用条款">{x.articleLabel}</Descriptions.Item>
              <Descriptions.Item label="认定的事实">{x.finding}</Descriptions.Item>
            </Descriptions>
          ))}
        </Card>
      )}
      {(ab.archive || a.archive || a.implementers.length > 0) && <CaseFileCard a={a} onDone={onDone} />}
      <ActForms record={a} acts={afterActs} onDone={onDone} />
    </>
  );
}
