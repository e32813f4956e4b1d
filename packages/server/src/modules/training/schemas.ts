// Request schemas of the training module (zod; OpenAPI comes from them).
import { z } from 'zod';
import { examPurposes, questionKinds, studyKinds } from '@fazhi/core/training';
import { pageFields } from '../../platform/db/paginate';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';

const uuid = z.uuid('标识格式不正确');
const regionCode = z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码格式不正确');

export const idParams = z.object({ id: uuid });

/** One course attended by one person: an officer of the enforcement registry, or a user of the platform. */
export const trainingBody = z
  .object({
    officerId: uuid.optional(),
    userId: uuid.optional(),
    course: text('培训课程', 200),
    hours: z.coerce
      .number({ error: '培训学时应为数字' })
      .positive('培训学时应大于0')
      .max(200, '一次培训最多200学时')
      .refine((h) => Number.isInteger(h * 10), '培训学时最多保留一位小数'),
    trainedOn: isoDate('培训日期'),
  })
  .refine((b) => (b.officerId === undefined) !== (b.userId === undefined), {
    message: '请选择一名执法人员或一名工作人员',
    path: ['userId'],
  });
export type TrainingBody = z.infer<typeof trainingBody>;

export const shortfallQuery = z.object({
  regionCode: regionCode.optional(),
  year: z.coerce.number({ error: '年份应为数字' }).int().min(2000, '年份不早于2000年').max(2100).optional(),
});

export const questionBody = z.object({
  orgId: uuid,
  questionKind: z.enum(questionKinds, { error: '题型须为单项选择题、多项选择题或判断题' }),
  questionStem: text('题干', 2000, true),
  questionOptions: z.array(text('选项', 500)).max(8, '选项最多8个').default([]),
  correctAnswer: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-H]$/, '正确答案应为选项字母A至H'),
    )
    .max(8),
  questionTags: z.array(text('标签', 50)).max(10, '标签最多10个').default([]),
  answerExplanation: text('答案解析', 2000, true).optional(),
});
export type QuestionBody = z.infer<typeof questionBody>;

export const questionListQuery = z.object({
  orgId: uuid.optional(),
  questionKind: z.enum(questionKinds).optional(),
  tag: z.string().trim().max(50).optional(),
  ...pageFields,
});

export const importQuery = z.object({ orgId: uuid });

const blueprintPart = z.object({
  kind: z.enum(questionKinds, { error: '题型须为单项选择题、多项选择题或判断题' }),
  questionTag: text('组卷标签', 50).nullable().default(null),
  questionCount: z.coerce
    .number({ error: '题数应为数字' })
    .int('题数应为整数')
    .min(1, '题数至少为1')
    .max(200, '题数最多200'),
  questionPoints: z.coerce.number({ error: '分值应为数字' }).int('分值应为整数').min(1, '分值至少为1').max(100),
});

export const examBody = z.object({
  orgId: uuid,
  title: text('考试名称', 200),
  examPurpose: z.enum(examPurposes, { error: '考试类别须为学法考试、任前法律知识考试或行政执法资格考试' }),
  blueprint: z.array(blueprintPart).min(1, '组卷规则至少一项').max(20, '组卷规则最多20项'),
  passMark: z.coerce.number({ error: '合格分数应为数字' }).int().min(1).optional(),
  examOpensOn: isoDate('考试开始日期'),
  examClosesOn: isoDate('考试结束日期'),
  candidates: z
    .array(z.object({ userId: uuid, officerId: uuid.nullable().default(null) }))
    .min(1, '请至少选择一名考生')
    .max(5000, '考生最多5000名'),
});
export type ExamBody = z.infer<typeof examBody>;

export const studyBody = z
  .object({
    orgId: uuid,
    studyKind: z.enum(studyKinds, { error: '学法形式须为常务会议会前学法、理论中心组学法或法治专题讲座' }),
    studiedOn: isoDate('学法日期'),
    meetingName: text('会议名称', 200).optional(),
    studyTopic: text('学习主题', 200),
    lawsStudied: z.array(text('学习的法律法规', 100)).max(20, '学习的法律法规最多20部').default([]),
    explainedBy: text('讲解人', 100),
    attendeeCount: z.coerce
      .number({ error: '参加人数应为数字' })
      .int('参加人数应为整数')
      .min(1, '参加人数至少为1')
      .max(10000),
  })
  .refine((b) => b.studyKind === 'lecture' || b.meetingName !== undefined, {
    message: '会前学法请填写会议名称',
    path: ['meetingName'],
  });
export type StudyBody = z.infer<typeof studyBody>;

export const studyListQuery = z.object({
  year: z.coerce.number({ error: '年份应为数字' }).int().min(2000, '年份不早于2000年').max(2100).optional(),
});

export const answerParams = z.object({ id: uuid, position: z.coerce.number().int().min(1).max(1000) });
export const answerBody = z.object({
  answerChoices: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-H]$/, '所选答案应为选项字母A至H'),
    )
    .max(8),
});
