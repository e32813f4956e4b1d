// The colour of what a check found: false red, kept green, not yet checked grey.
export const resultColour = (r: 'kept' | 'false' | null) =>
  r === 'false' ? 'red' : r === 'kept' ? 'green' : 'default';
