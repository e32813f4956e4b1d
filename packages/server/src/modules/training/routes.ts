// Thin routes of the training module: training hours, the question bank (one question, or a whole sheet from
// Excel), exams with their results, and a candidate's own exams and sittings.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '@fazhi/core/contracts';
import { badRequest } from '../../platform/errors';
import { XLSX_TYPE } from '../../platform/http/attachment';
import { answers, createdAnswers, fileAnswers } from '../../platform/http/contract';
import { requireActor, writeContext } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/xlsx-export';
import type { Services } from '../../platform/services';
import * as s from './schemas';
import { recordTraining } from './hours/commands/record-training';
import { addQuestion } from './exams/commands/add-question';
import { assertMayImportQuestions, importQuestions, questionTemplate } from './exams/commands/import-questions';
import { arrangeExam } from './exams/commands/arrange-exam';
import { saveAnswer, startSitting, submitSitting } from './exams/commands/sitting';
import { listQuestions } from './exams/queries/questions';
import { examResults, listExams } from './exams/queries/exams';
import { myExams } from './exams/queries/my-exams';
import { getSitting } from './exams/queries/sittings';
import { recordStudySession } from './study/commands/record-study-session';
import { listStudySessions } from './study/queries/study-sessions';

export async function trainingRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['法治学习培训与考试'];

  r.post(
    '/training-records',
    {
      schema: {
        tags,
        summary: '登记培训学时（执法人员或工作人员）',
        body: s.trainingBody,
        response: createdAnswers(c.trainingRecordCreated),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordTraining(services, writeContext(req, requireActor(req)), req.body)),
  );

  r.get(
    '/study-sessions',
    {
      schema: {
        tags,
        summary: '学法与法治讲座（本年度讲座不足的政府和部门）',
        querystring: s.studyListQuery,
        response: answers(c.studySessionList),
      },
    },
    async (req) => listStudySessions(services, requireActor(req), req.query),
  );
  r.post(
    '/study-sessions',
    {
      schema: {
        tags,
        summary: '登记会前学法、理论中心组学法或法治专题讲座',
        body: s.studyBody,
        response: createdAnswers(c.studySessionCreated),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordStudySession(services, writeContext(req, requireActor(req)), req.body)),
  );

  r.get(
    '/training-questions',
    {
      schema: {
        tags,
        summary: '考试题库',
        querystring: s.questionListQuery,
        response: answers(c.trainingQuestionPage),
      },
    },
    async (req) => listQuestions(services, requireActor(req), req.query),
  );
  r.post(
    '/training-questions',
    {
      schema: {
        tags,
        summary: '录入考试题目',
        body: s.questionBody,
        response: createdAnswers(c.trainingQuestionCreated),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addQuestion(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    '/training-questions/import-template.xlsx',
    {
      schema: { tags, summary: '下载考试题库导入模板', response: fileAnswers(XLSX_TYPE, '考试题库导入模板（Excel）') },
    },
    async (req, reply) => {
      assertMayImportQuestions(services, requireActor(req));
      return sendWorkbook(reply, '考试题库导入模板.xlsx', await questionTemplate());
    },
  );
  r.post(
    '/training-questions/import',
    {
      schema: {
        tags,
        summary: '从 Excel 导入考试题库（整表校验，全部成功或全部不导入）',
        querystring: s.importQuery,
        response: createdAnswers(c.trainingQuestionsImported),
      },
    },
    async (req, reply) => {
      assertMayImportQuestions(services, requireActor(req));
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        throw badRequest('请以 Excel 文件作为请求内容上传', [{ path: 'file', message: '请上传 .xlsx 文件' }]);
      return reply.status(201).send(await importQuestions(services, writeContext(req), req.query.orgId, req.body));
    },
  );

  r.get(
    '/training-exams',
    { schema: { tags, summary: '考试（参考人数、合格人数和合格率）', response: answers(c.trainingExamList) } },
    async (req) => listExams(services, requireActor(req)),
  );
  r.post(
    '/training-exams',
    {
      schema: {
        tags,
        summary: '安排考试（组卷规则、合格分数、考试日期和考生）',
        body: s.examBody,
        response: createdAnswers(c.trainingExamCreated),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await arrangeExam(services, writeContext(req, requireActor(req)), req.body)),
  );
  r.get(
    '/training-exams/:id/results',
    {
      schema: {
        tags,
        summary: '考试成绩（每名考生的每次作答及组卷种子）',
        params: s.idParams,
        response: answers(c.trainingExamResults),
      },
    },
    async (req) => examResults(services, requireActor(req), req.params.id),
  );

  r.get(
    '/my-training-exams',
    { schema: { tags, summary: '我的考试', response: answers(c.myTrainingExamList) } },
    async (req) => myExams(services, requireActor(req)),
  );
  r.post(
    '/training-exams/:id/sittings',
    {
      schema: {
        tags,
        summary: '开始作答（随机组卷，试卷在开始时确定）',
        params: s.idParams,
        response: createdAnswers(c.trainingSitting),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id } = await startSitting(services, writeContext(req, actor), req.params.id);
      return reply.status(201).send(await getSitting(services, actor, id));
    },
  );
  r.get(
    '/training-sittings/:id',
    { schema: { tags, summary: '本人的一次作答', params: s.idParams, response: answers(c.trainingSitting) } },
    async (req) => getSitting(services, requireActor(req), req.params.id),
  );
  r.put(
    '/training-sittings/:id/answers/:position',
    {
      schema: {
        tags,
        summary: '保存一题的答案（作答时限内）',
        params: s.answerParams,
        body: s.answerBody,
        response: answers(c.trainingAnswerSaved),
      },
    },
    async (req) =>
      saveAnswer(
        services,
        writeContext(req, requireActor(req)),
        req.params.id,
        req.params.position,
        req.body.answerChoices,
      ),
  );
  r.post(
    '/training-sittings/:id/submission',
    {
      schema: { tags, summary: '交卷并自动阅卷', params: s.idParams, response: answers(c.trainingSitting) },
    },
    async (req) => {
      const actor = requireActor(req);
      await submitSitting(services, writeContext(req, actor), req.params.id);
      return getSitting(services, actor, req.params.id);
    },
  );
}
