// Licences in disguise as the round-8 tuning cases wrote them (docs/precheck-rounds.md, structure-round8.test.ts):
// a body's consent or opinion placed in front of a certificate or the 营业执照, a filing demanded months before a firm
// may merge or close, and firms cleared out of the market for lacking a status the text made them apply for. Each
// gates an activity without a law, a regulation or a State Council decision (行政许可法 第十七条, 第十六条第四款;
// 优化营商环境条例 第三十九条), the basis licensing.ts cites.

/**
 * Another body's consent before a certificate is issued ("自然资源局核发《不动产权登记证书》前，应征得园区办同意"); the issuing
 * body's own review before it issues is its procedure, not a gate.
 */
export const CONSENT_BEFORE_ISSUE =
  /(核发|颁发|发放|办理)[^，。；]{0,16}?(证|证书|执照|许可证?)》?[^，。；]{0,4}?前[，,]?[^，。；]{0,4}?(应当?|须|需|必须)(先)?征得[^，。；]{0,12}?同意/;

/** A filing demanded ahead of a merger, a split or a closure ("入园企业合并、分立、停业及注销等，要提前3个月书面报告园区办备案"). */
export const PRIOR_FILING =
  /(合并|分立|停业|歇业|注销|迁出|转让)[^。；]{0,20}?(要|应当?|须|必须)提前[^，。；]{0,10}?(报告|报送|申报)[^，。；]{0,12}?备案/;

/**
 * A department's check or opinion deciding whether the 营业执照 issues ("有关申请需经商务部门核实后，…根据商务主管部门的
 * 意见，对符合条件的予以发放营业执照"); the registration authority's own review is how the licence is granted.
 */
export const OPINION_GATE =
  /(需经|须经|应经|经)(?![^，。；]{0,12}?(市场监|工商|登记机关))[^，。；]{0,12}?(部门|局|委员会|办公室)[^，。；]{0,6}?(核实|审核|审查|同意|核准)[^。；]{0,50}?(发放|核发|办理|颁发)营业执照/;

/**
 * Firms cleared out of the market for lacking a status the text has them apply for ("对…仍未申请合同网签资格…的房地产
 * 经纪机构…拒不整改到位的坚决清理出房地产经纪市场").
 */
export const CLEARED_WITHOUT =
  /(未|仍未|没有)[^。；]{0,20}?(申请|取得|办理)[^。；]{0,16}?(资格|许可|备案|登记|资质)[^。；]{0,80}?(清理出|清出|逐出)[^，。；]{0,10}?市场/;
