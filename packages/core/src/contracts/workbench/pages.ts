// 工作台: the console home (server manifest and web route table both read it).
import { defineMenu } from '../platform/menu';

export const workbenchMenu = defineMenu({
  workbench: { label: '工作台', page: '', action: 'workbench.read' },
});
