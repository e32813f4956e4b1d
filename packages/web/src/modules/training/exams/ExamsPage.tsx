// 考试管理: the exams of the units in reach with their candidates, how many sat and passed and the pass rate, and
// for each the results behind the rate — every candidate's sittings with their scores and the seed each paper was
// drawn with (seed 004: 564 sat, 545 passed, 96.6%, is such a rate).
import { useState } from 'react';
import { Alert, Card, Drawer, Table, Tag, Typography } from 'antd';
import type { TrainingExam, TrainingExamResults } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { displayDate, displayTime } from '../../../shell/datetime';

type Candidate = TrainingExamResults['items'][number];
const formatRate = (v: number | null) => (v === null ? '—' : `${v}%`);

function Results({ exam, onClose }: { exam: TrainingExam; onClose: () => void }) {
  const results = useApi<TrainingExamResults>(`/training-exams/${exam.id}/results`);
  return (
    <Drawer open width={860} title={`考试成绩：${exam.title}`} onClose={onClose}>
      <Typography.Paragraph>
        考生{exam.candidates}人，参考{exam.sat}人，合格{exam.passed}人，合格率{formatRate(exam.passRate)}（合格人数 ÷
        参考人数）。满分{exam.totalPoints}分，{exam.passMark}分合格。
      </Typography.Paragraph>
      {results.error && <Alert type="error" showIcon message={results.error.message} />}
      <Table<Candidate>
        size="small"
        rowKey="userId"
        loading={results.loading}
        dataSource={results.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '考生', dataIndex: 'name', width: 180 },
          { title: '单位', dataIndex: 'orgName' },
          { title: '作答次数', dataIndex: 'attemptsUsed', width: 90 },
          { title: '最高得分', dataIndex: 'bestScore', width: 90, render: (v: number | null) => v ?? '—' },
          {
            title: '结果',
            key: 'passed',
            width: 90,
            render: (_: unknown, c) =>
              c.passed ? <Tag color="green">合格</Tag> : c.attemptsUsed ? <Tag color="red">不合格</Tag> : '未参考',
          },
        ]}
        expandable={{
          rowExpandable: (c) => c.sittings.length > 0,
          expandedRowRender: (c) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={c.sittings}
              columns={[
                { title: '次序', dataIndex: 'attemptNo', width: 60 },
                { title: '开始时间', dataIndex: 'startedAt', render: displayTime },
                {
                  title: '交卷时间',
                  dataIndex: 'submittedAt',
                  render: (v: string | null) => (v ? displayTime(v) : '作答中'),
                },
                { title: '得分', dataIndex: 'score', width: 70, render: (v: number | null) => v ?? '—' },
                { title: '组卷种子', dataIndex: 'seed', width: 120 },
              ]}
            />
          ),
        }}
      />
    </Drawer>
  );
}

export default function ExamsPage() {
  const list = useApi<{ items: TrainingExam[] }>('/training-exams');
  const [open, setOpen] = useState<TrainingExam | null>(null);
  return (
    <Card size="small" title="考试管理">
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Table<TrainingExam>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '尚未安排考试' }}
        columns={[
          {
            title: '考试名称',
            dataIndex: 'title',
            render: (v: string, e) => (
              <>
                <a onClick={() => setOpen(e)}>{v}</a> {e.isDemo && <Tag color="purple">演示</Tag>}
              </>
            ),
          },
          { title: '类别', dataIndex: 'purposeLabel', width: 140 },
          { title: '组织单位', dataIndex: 'orgName', width: 150 },
          {
            title: '考试时间',
            key: 'days',
            width: 230,
            render: (_: unknown, e) => `${displayDate(e.opensOn)}至${displayDate(e.closesOn)}`,
          },
          { title: '考生', dataIndex: 'candidates', width: 60 },
          { title: '参考', dataIndex: 'sat', width: 60 },
          { title: '合格', dataIndex: 'passed', width: 60 },
          { title: '合格率', dataIndex: 'passRate', width: 80, render: (v: number | null) => formatRate(v) },
        ]}
      />
      {open && <Results exam={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
