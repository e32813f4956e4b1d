// 行政复议听证通知书 (第五十一条第一款): to the parties, at least five working days before the hearing, its time, place
// and issues, with the panel (第五十条第三款) and what the law asks of each party (第五十一条第一款、第二款).
import { chineseDate, paragraphs, type Block } from '../../../platform/papers/gongwen';
import type { HearingRow } from '../hearing/queries/hearings';
import type { CaseRow } from '../workflow';

const law = '《中华人民共和国行政复议法》';

export function hearingNoticeBlocks(
  row: Pick<CaseRow, 'respondent_name' | 'contested_act' | 'received_on' | 'tracking_number'>,
  h: Pick<HearingRow, 'hearing_on' | 'place' | 'issues' | 'recorder_name'>,
  applicant: string,
): Block[] {
  return [
    {
      kind: 'paragraph',
      text: `${applicant}不服${row.respondent_name}${row.contested_act}，于${chineseDate(row.received_on)}向本机关申请行政复议（查询编号${row.tracking_number}）。依照${law}第五十条、第五十一条的规定，本机关决定举行听证，现将有关事项通知如下：`,
    },
    { kind: 'paragraph', text: `一、听证时间：${chineseDate(h.hearing_on)}。` },
    { kind: 'paragraph', text: `二、听证地点：${h.place}。` },
    { kind: 'paragraph', text: '三、拟听证事项：' },
    ...paragraphs(h.issues),
    {
      kind: 'paragraph',
      text: `四、听证由一名行政复议人员任主持人，两名以上行政复议人员任听证员，记录员${h.recorder_name}制作听证笔录（${law}第五十条第三款）。`,
    },
    {
      kind: 'paragraph',
      text: `五、申请人无正当理由拒不参加听证的，视为放弃听证权利。被申请人的负责人应当参加听证；不能参加的，应当说明理由并委托相应的工作人员参加听证（${law}第五十一条）。`,
    },
  ];
}
