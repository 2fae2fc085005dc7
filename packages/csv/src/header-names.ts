/** Header cells are matched ignoring case and surrounding spaces: "Country " is `country`. */
export function headerKey(name: string): string {
  return name.trim().toLowerCase();
}
