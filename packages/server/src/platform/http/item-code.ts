// 事项编码: how the modules name an item of the region's lists (powers list, service lists, enforcement lists,
// commitments) across modules — letters, digits and 「-_.」, up to 64, as the provinces' list systems print them;
// 「*」 where a row covers every item of its body.
import { z } from 'zod';

export const itemCode = z
  .string({ error: '请填写事项编码' })
  .trim()
  .regex(
    /^(\*|[0-9A-Za-z][0-9A-Za-z_.-]{0,63})$/,
    '事项编码应为字母、数字或「-_.」，不超过64位；适用于全部事项的填写「*」',
  );

/** The same, for a single item: 「*」 not allowed. */
export const singleItemCode = itemCode.refine((c) => c !== '*', '请填写具体事项的编码');
