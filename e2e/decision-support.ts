// What the decision journeys build through the API rather than on screens they do not show: a user signed in by the
// API (a request context of its own, no page), and a proposed decision taken through its start, draft, a 40-day consultation and the
// justice bureau's review (dated back from today so every statutory period has run) to the meeting.
import assert from 'node:assert/strict';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { clockFromEnv } from '../packages/server/src/platform/clock';
import { baseUrl, demoPassword, signedInApi } from './support';

export const daysAgo = (n: number) => formatIsoDate(parseIsoDate(clockFromEnv().today()) - n);

export async function apiAs(username: string) {
  const { context, csrfToken, activeOrgId } = await signedInApi(username, demoPassword);
  const post = async <T = { id: string }>(path: string, data: unknown) => {
    const res = await context.post(`${baseUrl}/api${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
    assert.ok(res.ok(), `${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return { post, orgId: activeOrgId, close: () => context.dispose() };
}
export type ApiUser = Awaited<ReturnType<typeof apiAs>>;

/** From the proposal to the meeting: the 承办单位's `author` drafts and consults, demo.reviewer finds it lawful. */
export async function throughLegalityReview(author: ApiUser, id: string, basis: string) {
  await author.post(`/decisions/${id}/start-decision`, {
    start: true,
    startRecord: '会议纪要',
    decidedOn: daysAgo(110),
  });
  await author.post(`/decisions/${id}/draft`, {
    draftText: '决策草案',
    explanation: '起草说明',
    options: [],
    viewsDifferWidely: false,
    recordedOn: daysAgo(100),
  });
  await author.post(`/decisions/${id}/consultation`, { opensOn: daysAgo(75), closesOn: daysAgo(35) });
  await author.post(`/decisions/${id}/consultation/closure`, { closedOn: daysAgo(34) });
  await author.post(`/decisions/${id}/legality-review`, {
    submittedOn: daysAgo(30),
    basis,
    procedureStatement: '已公开征求意见40日',
  });
  const reviewer = await apiAs('demo.reviewer');
  await reviewer.post(`/decisions/${id}/legality-review/result`, {
    checklist: ['authority', 'procedure', 'substance'].map((item) => ({ item, finding: 'ok' })),
    opinion: '属于法定权限，程序完备，内容合法',
    result: 'passed',
    counsel: [{ name: '示范·孙顾问', role: 'legal_adviser' }],
  });
  await reviewer.close();
}
