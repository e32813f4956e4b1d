// 考试题库: the questions of the banks the justice bureau keeps, by kind and tag (a law, a post), and the Excel import
// of a whole sheet into the bank of the user's unit — every row checked first, all or nothing.
import { useState } from 'react';
import { Alert, Button, Card, Modal, Select, Space, Table, Tag } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { questionKindLabels } from '@fazhi/core/training';
import type { TrainingQuestion } from '@fazhi/core/contracts';
import { useApi } from '../../../api/hooks';
import { ExcelImportPanel, useExcelImport } from '../../../components/ExcelImport';
import { useSession } from '../../../shell/session';

const kindChoices = Object.entries(questionKindLabels).map(([value, label]) => ({ value, label }));

function QuestionImport({ orgId, onImported }: { orgId: string; onImported: () => void }) {
  const [open, setOpen] = useState(false);
  const state = useExcelImport<{ imported: number }>(`/training-questions/import?orgId=${orgId}`, {
    onImported: () => onImported(),
  });
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        导入题库
      </Button>
      <Modal open={open} title="从 Excel 导入考试题库" footer={null} width={760} onCancel={() => setOpen(false)}>
        <ExcelImportPanel
          intro="每行一道题：题型（单项选择题、多项选择题、判断题）、题干、选项A至选项H、正确答案（如 A、AC、正确）、标签（法律名称、岗位，以顿号分隔）。任何一行有误则整表不导入。"
          templateHref="/api/training-questions/import-template.xlsx"
          state={state}
        />
        {state.result && <Alert type="success" showIcon message={`已导入${state.result.imported}道题`} />}
      </Modal>
    </>
  );
}

export default function QuestionsPage() {
  const { session } = useSession();
  const [questionKind, setKind] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useApi<{ items: TrainingQuestion[]; total: number }>('/training-questions', {
    questionKind,
    page,
    pageSize: 20,
  });
  const orgId = session.activeOrgId ?? session.assignments[0]?.orgId ?? null;
  return (
    <Card
      size="small"
      title="考试题库"
      extra={
        <Space>
          <Select
            allowClear
            placeholder="题型"
            style={{ width: 140 }}
            options={kindChoices}
            value={questionKind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            aria-label="题型"
          />
          {orgId && <QuestionImport orgId={orgId} onImported={list.reload} />}
        </Space>
      }
    >
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Table<TrainingQuestion>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: '题库中尚无题目' }}
        columns={[
          {
            title: '题型',
            dataIndex: 'questionKind',
            width: 110,
            render: (k: keyof typeof questionKindLabels) => questionKindLabels[k],
          },
          {
            title: '题干与选项',
            dataIndex: 'stem',
            render: (v: string, q) => (
              <>
                <div>{v}</div>
                {q.options.map((o, i) => (
                  <div key={i} style={{ color: '#666' }}>
                    {'ABCDEFGH'[i]}. {o}
                  </div>
                ))}
              </>
            ),
          },
          {
            title: '答案',
            dataIndex: 'answer',
            width: 70,
            render: (a: string[], q) =>
              q.questionKind === 'true_false' ? (a[0] === 'A' ? '正确' : '错误') : a.join(''),
          },
          {
            title: '标签',
            dataIndex: 'tags',
            width: 200,
            render: (tags: string[], q) => (
              <>
                {tags.map((t) => (
                  <Tag key={t}>{t}</Tag>
                ))}
                {q.isDemo && <Tag color="purple">演示</Tag>}
              </>
            ),
          },
          { title: '依据', dataIndex: 'explanation', width: 220 },
          { title: '单位', dataIndex: 'orgName', width: 130 },
        ]}
      />
    </Card>
  );
}
