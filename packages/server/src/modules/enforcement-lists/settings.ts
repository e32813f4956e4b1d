// The region settings of the enforcement-lists module. 118号 §(八) leaves the audio-video recording of the
// dispute-prone steps to circumstances; a province may make it mandatory, as 内蒙古 did (第244号令第十七条: 应当).
import { disputeStepsBasis } from '@fazhi/core/enforcement-lists';
import { defineSettings, flag } from '../../platform/settings';

/** 内蒙古自治区 (行政区划代码 15xxxx) is the province whose rule this platform ships. */
const innerMongolia = (regionCode: string) => regionCode.startsWith('15');

export const enforcementListSettings = defineSettings({
  'enforcement-lists.audio-video.dispute-steps-mandatory': flag({
    label: '现场执法、调查取证、举行听证、留置送达和公告送达应当音像记录（音像记录事项清单必须列明）',
    default: innerMongolia,
    basis: `国办发〔2018〕118号三（八）（根据实际情况进行音像记录）；${disputeStepsBasis}（应当进行音像记录）`,
    regionMayChange: true,
  }),
});
