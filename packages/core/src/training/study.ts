// 学法: the government's and the departments' study of law — 常务会议会前学法, 理论中心组学法 and 法治讲座 — and the
// lectures' yearly minimum, warned from today: a government or department with fewer than the minimum so far this
// year is short (《法治政府建设与责任落实督察工作规定》第八条第七项 for governments, 第九条第九项 for departments:
// 每年至少举办两期法治专题讲座).

export const studyKinds = ['executive_meeting', 'central_group', 'lecture'] as const;
export type StudyKind = (typeof studyKinds)[number];

export const studyKindLabels = {
  executive_meeting: '常务会议会前学法',
  central_group: '理论中心组学法',
  lecture: '法治专题讲座',
} as const satisfies Record<StudyKind, string>;

export const LECTURE_MINIMUM_BASIS =
  '《法治政府建设与责任落实督察工作规定》第八条第七项、第九条第九项：县级以上地方各级政府、政府部门每年至少举办两期法治专题讲座';

/** Whether a unit is short of the year's lectures as of today (the count so far against the minimum). */
export const lecturesShort = (held: number, minimum: number) => held < minimum;
