// The region settings of the power-lists module. Whether the other modules' entries (the 告知承诺制 items, the
// 事前公示 lists, the discretion benchmarks) must name an item of the list in force is the region's choice: the
// lists are where a body's powers come from, but a region that has not loaded its lists yet must still be able to
// record its commitments, publish its lists and set its benchmarks meanwhile.
import { defineSettings, flag } from '../../platform/settings';

export const powerListSettings = defineSettings({
  'power-lists.item-codes.checked': flag({
    label:
      '告知承诺事项、执法事前公示清单和裁量基准的事项编码须为本地区现行清单中本单位的事项（尚未录入现行权责清单和事项清单的地区可暂时关闭，录入后再开启）',
    default: true,
    basis:
      '《中共中央办公厅 国务院办公厅关于推行地方各级政府工作部门权力清单制度的指导意见》（中办发〔2015〕21号）；《国务院办公厅关于全面实行行政许可事项清单管理的通知》（国办发〔2022〕2号）；是否在登记时核对为平台设置',
    regionMayChange: true,
  }),
});
