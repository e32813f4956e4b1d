// 法治学习培训与考试: the console menu (the server's manifest and the web's route tables both read these).
import { defineMenu } from '../platform/menu';

export const trainingMenu = defineMenu({
  'study-sessions': { label: '学法与法治讲座', page: 'study-sessions', action: 'training.read' },
  'training-exams': { label: '考试管理', page: 'training-exams', action: 'training.exams.manage' },
  'my-exams': { label: '在线考试', page: 'my-exams', action: 'training.exams.sit' },
});

// the labels the pages show are core `training`'s own lists, imported by the lazy pages from there (pure, no zod):
// re-exported here they would ride in the console shell
