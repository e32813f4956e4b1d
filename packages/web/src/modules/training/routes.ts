// 法治学习培训与考试: the console's study sessions and lectures, exams (with the question bank beside them) and a
// candidate's own exams and sittings (made for a phone), all in one lazy chunk (`TrainingPages`).
import { lazy } from 'react';
import { trainingMenu } from '@fazhi/core/modules';
import type { ModuleRoutes } from '../../shell/routes';
import { consolePages } from '../../shell/routes';

const pages = lazy(() => import('./TrainingPages'));

export const trainingRoutes: ModuleRoutes = {
  module: 'training',
  routes: consolePages(trainingMenu, [
    { menuKey: 'study-sessions', title: '学法与法治讲座', component: pages },
    { menuKey: 'my-exams', title: '在线考试', component: pages },
    { menuKey: 'my-exams', under: 'sittings/:id', title: '考试作答', component: pages },
    { menuKey: 'training-exams', title: '考试管理', component: pages },
  ]),
};
