// The colour of a dispute's state, and an enumeration's labels as the options of a select.
export const statusColour = (s: string) =>
  s === 'agreed' ? 'green' : s === 'failed' ? 'red' : s === 'refused' ? 'orange' : 'blue';

export const choices = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const yuan = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('zh-CN')}元`);
