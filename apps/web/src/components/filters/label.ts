/** An enum value as words: `under-construction` → "Under construction". */
export const label = (value: string) =>
  value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ');
