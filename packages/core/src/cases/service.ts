// 送达: how a case's paper reaches a party. The administrative procedures the platform serves have few service
// rules of their own and defer to the 民事诉讼法 (行政复议法 第八十八条第一款: 行政复议期间的计算和行政复议文书的送达，
// 本法没有规定的，依照民事诉讼法关于期间、送达的规定执行), whose 第七章第二节 sets these ways of service; electronic
// service needs the recipient's consent there, which the record keeps in its note.
export const serviceMethods = [
  'direct',
  'left_at_residence',
  'electronic',
  'entrusted',
  'post',
  'announcement',
] as const;
export type ServiceMethod = (typeof serviceMethods)[number];

export const serviceMethodLabels = {
  direct: '直接送达',
  left_at_residence: '留置送达',
  electronic: '电子送达',
  entrusted: '委托送达',
  post: '邮寄送达',
  announcement: '公告送达',
} as const satisfies Record<ServiceMethod, string>;

/** The source every service method is read from (the procedures' own laws defer to it). */
export const serviceMethodsBasis = '《中华人民共和国民事诉讼法》第七章第二节（送达）';
