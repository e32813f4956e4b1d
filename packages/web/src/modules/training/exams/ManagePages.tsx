// 考试管理 with the question bank beside it, one lazy chunk and one menu entry (the console shell's budget): the
// exams with their results, and the bank with its import.
import { Tabs } from 'antd';
import ExamsPage from './ExamsPage';
import QuestionsPage from './QuestionsPage';

export default function ManagePages() {
  return (
    <Tabs
      items={[
        { key: 'exams', label: '考试与成绩', children: <ExamsPage /> },
        { key: 'questions', label: '考试题库', children: <QuestionsPage /> },
      ]}
    />
  );
}
