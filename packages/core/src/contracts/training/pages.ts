// 法治学习培训与考试: the console menu (the server's manifest and the web's route tables both read these).
import { defineMenu } from '../platform/menu';

export const trainingMenu = defineMenu({
  'training-exams': { label: '考试管理', page: 'training-exams', action: 'training.exams.manage' },
  'training-questions': { label: '考试题库', page: 'training-questions', action: 'training.exams.manage' },
  'my-exams': { label: '在线考试', page: 'my-exams', action: 'training.exams.sit' },
});

// the labels the pages show (core's one list of each)
export { questionKindLabels, examPurposeLabels, sittingStatusLabels } from '../../training';
