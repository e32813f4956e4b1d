// @fazhi/core/disclosure: 政府信息公开 on request (《中华人民共和国政府信息公开条例》, 2019年修订) as rules — the channels
// and the day of receipt (第二十九条、第三十一条), the applicant kinds of the annual report's table 三, the request's
// state machine with the 补正 once (第三十条) and the consultations not counted (第三十二条、第三十四条), every answer with
// its article and table row (第三十六条至第三十九条), the remedy (第五十一条) and the 信息处理费 (第四十二条,
// 国办函〔2020〕109号). Its periods are rules of the statute catalogue (calendar/rules/disclosure.ts).
export * from './requests';
export * from './replies';
export * from './fees';
export * from './workflow';
