// 在线考试: the exams the signed-in official is enrolled in — the days it is open, the time of a sitting, the attempts
// left, the best score — and the button that starts a sitting (or returns to the one running). Laid out as cards so
// it reads on a phone.
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { consoleLink, trainingMenu } from '@fazhi/core/modules';
import type { MyTrainingExam, TrainingSitting } from '@fazhi/core/contracts';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { errorText } from '../../../shell/errors';
import { displayDate } from '../../../shell/datetime';
import { PhoneLayout } from './PhoneLayout';

const sittingPath = (id: string) => consoleLink(trainingMenu, 'my-exams', `sittings/${id}`);

function ExamCard({ exam }: { exam: MyTrainingExam }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const s = await api.post<TrainingSitting>(`/training-exams/${exam.examId}/sittings`);
      navigate(sittingPath(s.id));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      title={exam.title}
      extra={exam.passed ? <Tag color="green">已合格</Tag> : exam.bestScore !== null && <Tag>未合格</Tag>}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="类别">{exam.purposeLabel}</Descriptions.Item>
        <Descriptions.Item label="组织单位">{exam.orgName}</Descriptions.Item>
        <Descriptions.Item label="考试时间">
          {displayDate(exam.opensOn)}至{displayDate(exam.closesOn)}
        </Descriptions.Item>
        <Descriptions.Item label="每次作答">
          {exam.minutes}分钟，满分{exam.totalPoints}分，{exam.passMark}分合格
        </Descriptions.Item>
        <Descriptions.Item label="作答次数">
          已作答{exam.attemptsUsed}次，共可作答{exam.attempts}次
        </Descriptions.Item>
        {exam.bestScore !== null && <Descriptions.Item label="最高得分">{exam.bestScore}分</Descriptions.Item>}
      </Descriptions>
      <Space direction="vertical" style={{ width: '100%' }}>
        {exam.runningSittingId ? (
          <Button type="primary" block size="large" onClick={() => navigate(sittingPath(exam.runningSittingId!))}>
            继续作答
          </Button>
        ) : exam.startRefusal ? (
          <Typography.Text type="secondary">{exam.startRefusal}</Typography.Text>
        ) : (
          <Button type="primary" block size="large" loading={busy} onClick={() => void start()}>
            开始考试
          </Button>
        )}
      </Space>
    </Card>
  );
}

export default function MyExamsPage() {
  const list = useApi<{ items: MyTrainingExam[] }>('/my-training-exams');
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }}>
      <PhoneLayout />
      <Typography.Paragraph type="secondary">
        开始作答后试卷即按组卷规则随机生成并固定，答案随选随存；作答时间届满或交卷后自动阅卷。
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      {list.data && list.data.items.length === 0 && <Empty description="暂无需要参加的考试" />}
      {list.data?.items.map((e) => (
        <ExamCard key={e.examId} exam={e} />
      ))}
    </Space>
  );
}
