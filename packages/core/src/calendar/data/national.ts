// National days off (放假调休) and make-up working days (调休上班), one entry per 国务院办公厅 notice.
//
// Sources:
// - 2025 and 2026: copied from the notices as recorded in the project's statute research (statutes.md §13.3/§13.4).
// - 2020–2024: taken from the `chinese-days` package (v1.5.7) data and cross-checked day by day in
//   calendar.crosscheck.test.ts; names follow the notices.
// A new year is added here as literal data when its notice is published (usually in November of the previous
// year); until then the engine marks any count that reaches into that year as provisional.
//
// Every listed day off is treated as a non-working day, including the shifted rest days inside a span (the
// notices call the whole span "放假调休"); strictly only 除夕–初三 etc. are 法定休假日, but counting practice
// excludes the whole span. Make-up working days are counted as working days (the notices say "上班").
import type { CalendarYearData } from '../types';

const noticeTitle = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;

export const nationalCalendarData: readonly CalendarYearData[] = [
  {
    year: 2020,
    source: {
      title: noticeTitle(2020),
      docNumber: '国办发明电〔2019〕16号',
      note: '春节假期依《国务院办公厅关于延长2020年春节假期的通知》延长至2月2日，原定2月1日（星期六）上班取消',
    },
    holidays: [
      { name: '元旦', from: '2020-01-01', to: '2020-01-01', makeUpWorkdays: [] },
      {
        name: '春节',
        from: '2020-01-24',
        to: '2020-02-02',
        makeUpWorkdays: ['2020-01-19'],
        note: '原安排1月24日至30日放假，经国务院办公厅通知延长至2月2日',
      },
      { name: '清明节', from: '2020-04-04', to: '2020-04-06', makeUpWorkdays: [] },
      { name: '劳动节', from: '2020-05-01', to: '2020-05-05', makeUpWorkdays: ['2020-04-26', '2020-05-09'] },
      { name: '端午节', from: '2020-06-25', to: '2020-06-27', makeUpWorkdays: ['2020-06-28'] },
      { name: '国庆节、中秋节', from: '2020-10-01', to: '2020-10-08', makeUpWorkdays: ['2020-09-27', '2020-10-10'] },
    ],
  },
  {
    year: 2021,
    source: { title: noticeTitle(2021), docNumber: '国办发明电〔2020〕27号' },
    holidays: [
      { name: '元旦', from: '2021-01-01', to: '2021-01-03', makeUpWorkdays: [] },
      { name: '春节', from: '2021-02-11', to: '2021-02-17', makeUpWorkdays: ['2021-02-07', '2021-02-20'] },
      { name: '清明节', from: '2021-04-03', to: '2021-04-05', makeUpWorkdays: [] },
      { name: '劳动节', from: '2021-05-01', to: '2021-05-05', makeUpWorkdays: ['2021-04-25', '2021-05-08'] },
      { name: '端午节', from: '2021-06-12', to: '2021-06-14', makeUpWorkdays: [] },
      { name: '中秋节', from: '2021-09-19', to: '2021-09-21', makeUpWorkdays: ['2021-09-18'] },
      { name: '国庆节', from: '2021-10-01', to: '2021-10-07', makeUpWorkdays: ['2021-09-26', '2021-10-09'] },
    ],
  },
  {
    year: 2022,
    source: { title: noticeTitle(2022), docNumber: '国办发明电〔2021〕11号' },
    holidays: [
      { name: '元旦', from: '2022-01-01', to: '2022-01-03', makeUpWorkdays: [] },
      { name: '春节', from: '2022-01-31', to: '2022-02-06', makeUpWorkdays: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', from: '2022-04-03', to: '2022-04-05', makeUpWorkdays: ['2022-04-02'] },
      { name: '劳动节', from: '2022-04-30', to: '2022-05-04', makeUpWorkdays: ['2022-04-24', '2022-05-07'] },
      { name: '端午节', from: '2022-06-03', to: '2022-06-05', makeUpWorkdays: [] },
      { name: '中秋节', from: '2022-09-10', to: '2022-09-12', makeUpWorkdays: [] },
      { name: '国庆节', from: '2022-10-01', to: '2022-10-07', makeUpWorkdays: ['2022-10-08', '2022-10-09'] },
    ],
  },
  {
    year: 2023,
    source: { title: noticeTitle(2023), docNumber: '国办发明电〔2022〕16号' },
    holidays: [
      // The 2023 notice's New Year span starts on 2022-12-31.
      { name: '元旦', from: '2022-12-31', to: '2023-01-02', makeUpWorkdays: [] },
      { name: '春节', from: '2023-01-21', to: '2023-01-27', makeUpWorkdays: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', from: '2023-04-05', to: '2023-04-05', makeUpWorkdays: [] },
      { name: '劳动节', from: '2023-04-29', to: '2023-05-03', makeUpWorkdays: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24', makeUpWorkdays: ['2023-06-25'] },
      { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06', makeUpWorkdays: ['2023-10-07', '2023-10-08'] },
    ],
  },
  {
    year: 2024,
    source: { title: noticeTitle(2024), docNumber: '国办发明电〔2023〕7号' },
    holidays: [
      { name: '元旦', from: '2024-01-01', to: '2024-01-01', makeUpWorkdays: [] },
      { name: '春节', from: '2024-02-10', to: '2024-02-17', makeUpWorkdays: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06', makeUpWorkdays: ['2024-04-07'] },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05', makeUpWorkdays: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', from: '2024-06-10', to: '2024-06-10', makeUpWorkdays: [] },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17', makeUpWorkdays: ['2024-09-14'] },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07', makeUpWorkdays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    // statutes.md §13.3 (read at m.gmw.cn/2024-11/12/content_1303894933.htm, 新华社).
    year: 2025,
    source: { title: noticeTitle(2025), docNumber: '国办发明电〔2024〕12号', issuedOn: '2024-11-12' },
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', makeUpWorkdays: [] },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', makeUpWorkdays: [] },
      // The official text gives 4月27日 as the only make-up day (a third-party page wrongly gives 4/28 and 5/9).
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', makeUpWorkdays: ['2025-04-27'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', makeUpWorkdays: [] },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', makeUpWorkdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    // statutes.md §13.4 (新华社 11月4日电); the 文号 was not shown in the text read, so it is left undefined.
    year: 2026,
    source: { title: noticeTitle(2026), issuedOn: '2025-11-04' },
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', makeUpWorkdays: [] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeUpWorkdays: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', makeUpWorkdays: [] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', makeUpWorkdays: [] },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];
