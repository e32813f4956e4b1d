// 考试作答: one sitting of the signed-in candidate, made for a phone — the paper as drawn at the start, each answer
// saved as it is chosen (a failed save shown on its question), the time left counted from the server's clock, and
// the submission, after which the score, the result and the right answers are shown.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Popconfirm, Radio, Result, Space, Tag, Typography } from 'antd';
import { consoleLink, trainingMenu } from '@fazhi/core/modules';
import { questionKindLabels } from '@fazhi/core/training';
import type { TrainingSitting } from '@fazhi/core/contracts';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { errorText } from '../../../shell/errors';
import { PhoneLayout } from './PhoneLayout';

type Question = TrainingSitting['questions'][number];
const LETTERS = 'ABCDEFGH';
/** one option a line, each at least 44 px high for a finger on a phone */
const column = { display: 'flex', flexDirection: 'column' as const, width: '100%' };
const option = { minHeight: 44, alignItems: 'center', padding: '6px 0', whiteSpace: 'normal' as const };

/** The time left as 时:分:秒, from the server's now at load plus the time since on this device. */
function useTimeLeft(sitting: TrainingSitting | null) {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (!sitting || sitting.status !== 'in_progress') return;
    const loadedAt = performance.now();
    const atLoad = Date.parse(sitting.endsAt) - Date.parse(sitting.now);
    const tick = () => setLeft(Math.max(0, atLoad - (performance.now() - loadedAt)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [sitting]);
  return left;
}

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
};

function QuestionCard({ sittingId, q, done }: { sittingId: string; q: Question; done: boolean }) {
  const [given, setGiven] = useState<string[]>(q.given ?? []);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | string>('idle');
  const save = async (choices: string[]) => {
    setGiven(choices);
    setState('saving');
    try {
      await api.put(`/training-sittings/${sittingId}/answers/${q.position}`, { answerChoices: choices });
      setState('saved');
    } catch (e) {
      setState(errorText(e));
    }
  };
  const options = q.options.map((o, i) => ({ value: LETTERS[i]!, label: `${LETTERS[i]}. ${o}` }));
  const right = done && q.correct && [...given].sort().join('') === [...q.correct].sort().join('');
  return (
    <Card
      size="small"
      title={`${q.position}.（${questionKindLabels[q.kind]}，${q.points}分）`}
      extra={
        done ? (
          <Tag color={right ? 'green' : 'red'}>{right ? '正确' : `正确答案 ${q.correct?.join('') ?? ''}`}</Tag>
        ) : state === 'saved' ? (
          <Tag color="green">已保存</Tag>
        ) : state === 'saving' ? (
          <Tag>保存中</Tag>
        ) : null
      }
    >
      <Typography.Paragraph>{q.stem}</Typography.Paragraph>
      {q.kind === 'multiple' ? (
        <Checkbox.Group disabled={done} value={given} onChange={(v) => void save([...v].sort())} style={column}>
          {options.map((o) => (
            <Checkbox key={o.value} value={o.value} style={option}>
              {o.label}
            </Checkbox>
          ))}
        </Checkbox.Group>
      ) : (
        <Radio.Group
          disabled={done}
          value={given[0]}
          onChange={(e) => void save([String(e.target.value)])}
          style={column}
        >
          {options.map((o) => (
            <Radio key={o.value} value={o.value} style={option}>
              {o.label}
            </Radio>
          ))}
        </Radio.Group>
      )}
      {state !== 'idle' && state !== 'saving' && state !== 'saved' && (
        <Alert type="error" showIcon message={state} style={{ marginTop: 8 }} />
      )}
    </Card>
  );
}

export default function SittingPage() {
  const { id = '' } = useParams();
  const loaded = useApi<TrainingSitting>(`/training-sittings/${id}`);
  const [sitting, setSitting] = useState<TrainingSitting | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const current = sitting ?? loaded.data;
  const left = useTimeLeft(current);
  const submit = async () => {
    setBusy(true);
    try {
      setSitting(await api.post<TrainingSitting>(`/training-sittings/${id}/submission`));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  if (loaded.error) return <Alert type="error" showIcon message={loaded.error.message} />;
  if (!current) return null;
  const done = current.status === 'submitted';
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }}>
      <PhoneLayout />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {current.examTitle}（第{current.attemptNo}次作答）
      </Typography.Title>
      {done ? (
        <Result
          status={current.passed ? 'success' : 'warning'}
          title={`得分 ${current.score ?? 0} 分，${current.passed ? '考试合格' : '未达合格分数'}`}
          subTitle={`满分${current.totalPoints}分，${current.passMark}分合格`}
          extra={<Link to={consoleLink(trainingMenu, 'my-exams')}>返回我的考试</Link>}
        />
      ) : (
        <Alert
          type={left !== null && left < 5 * 60_000 ? 'warning' : 'info'}
          showIcon
          message={left === null ? '' : left > 0 ? `剩余时间 ${clock(left)}` : '作答时间已到，请交卷'}
        />
      )}
      {current.questions.map((q) => (
        <QuestionCard key={`${current.status}-${q.position}`} sittingId={current.id} q={q} done={done} />
      ))}
      {!done && (
        <Popconfirm title="交卷后不能再修改答案，确定交卷？" okText="交卷" cancelText="继续作答" onConfirm={submit}>
          <Button type="primary" block size="large" loading={busy}>
            交卷
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
