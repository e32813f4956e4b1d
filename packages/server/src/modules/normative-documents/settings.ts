// The region settings of the normative-documents module (region_settings, read through the platform's one reader).
// Statutory periods are not here: they are `deadline.rule.<id>.amount` rows read by the calendar engine.
import { validitySettingsFor } from '@fazhi/core/normative-documents';
import { defineSettings, wholeNumber, type SettingDef } from '../../platform/settings';

/** Platform safeguards of the public pages: no statute fixes them. */
const safeguard = '平台防滥用设置，非法律规定';

// 检索同义词: the words a region's search treats as one (电动车 finds 电动自行车).
/** The shipped list: the everyday name first, then the name used in titles and articles. */
export const defaultSynonyms: readonly (readonly string[])[] = [
  ['电动车', '电动自行车'],
  ['网约车', '网络预约出租汽车'],
  ['共享单车', '互联网租赁自行车'],
  ['低保', '最低生活保障'],
  ['社保', '社会保险'],
  ['医保', '医疗保障'],
  ['公积金', '住房公积金'],
  ['个体户', '个体工商户'],
  ['残障人士', '残疾人'],
  ['农民工', '进城务工人员'],
  ['物业费', '物业服务费'],
  ['廉租房', '公共租赁住房'],
];

export function isGroups(v: unknown): v is string[][] {
  return Array.isArray(v) && v.every((g) => Array.isArray(g) && g.every((w) => typeof w === 'string'));
}

const synonyms: SettingDef<readonly (readonly string[])[]> = {
  label: '检索同义词',
  default: defaultSynonyms,
  basis: '平台检索设置，非法律规定',
  regionMayChange: true,
  accepts: isGroups,
};

export const normativeSettings = defineSettings({
  'normative.search.synonyms': synonyms,
  'normative.comment.max-length': wholeNumber({
    label: '公众意见最多字数',
    default: 2000,
    basis: safeguard,
    regionMayChange: true,
    min: 100,
    max: 20000,
  }),
  'normative.comment.rate-limit-per-hour': wholeNumber({
    label: '同一地址每小时可提交的公众意见数',
    default: 10,
    basis: safeguard,
    regionMayChange: true,
    min: 1,
    max: 1000,
  }),
  'normative.review-request.rate-limit-per-hour': wholeNumber({
    label: '同一地址每小时可提出的审查建议数',
    default: 5,
    basis: safeguard,
    regionMayChange: true,
    min: 1,
    max: 1000,
  }),
  // The validity limits are local rules: their default is core's per-province table (validity.ts), so a province
  // listed there gets its own limits without a stored row, and a region may still set its own.
  'normative.validity.max-years': wholeNumber({
    label: '规范性文件有效期上限（年）',
    default: (regionCode) => validitySettingsFor(regionCode).validityMaxYears,
    basis: '地方规定，如内蒙古自治区《规范性文件制定和备案监督办法》（2013年修订）：有效期一般不超过5年',
    regionMayChange: true,
    min: 1,
    max: 10,
  }),
  'normative.validity.provisional-max-years': wholeNumber({
    label: '暂行、试行规范性文件有效期上限（年）',
    default: (regionCode) => validitySettingsFor(regionCode).provisionalValidityMaxYears,
    basis: '地方规定，如内蒙古自治区《规范性文件制定和备案监督办法》（2013年修订）：暂行、试行的不超过2年',
    regionMayChange: true,
    min: 1,
    max: 10,
  }),
  // 施行 earlier than this many days after publication needs a recorded reason (core checkEffectiveGap); 0 turns the
  // check off
  'normative.effective-gap.min-days': wholeNumber({
    label: '公布至施行的最少天数（不足须说明理由）',
    default: 30,
    basis: '《规章制定程序条例》第三十二条（规章自公布之日起30日后施行）；地方规范性文件规定多参照执行',
    regionMayChange: true,
    min: 0,
    max: 90,
  }),
  // 修改后通过: 0 = the revision that follows the review opinion goes to 集体审议 without a new legality review; 1 =
  // the revised text is reviewed again (provinces that ask for it set 1)
  'normative.legality-review.re-review-after-changes': wholeNumber({
    label: '修改后通过的文件是否重新进行合法性审核（1为是，0为否）',
    default: 0,
    basis: '国办发〔2018〕115号（合法性审核机制）；是否重新审核由各地规定',
    regionMayChange: true,
    min: 0,
    max: 1,
  }),
});

export type NormativeSettingKey = keyof typeof normativeSettings.defs;
