// What the case's act forms share: a label table as the options of a radio group or select, and a required rule.
export const options = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
export const required = (message: string) => [{ required: true, message }];
