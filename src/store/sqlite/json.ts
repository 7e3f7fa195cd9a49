/** JSON columns: parsed in one place so a damaged cell fails with the column's name. */
export function parseJson<T>(value: string | null, column: string): T | null {
  if (value === null) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    throw new Error(`store column ${column} holds invalid JSON`);
  }
}

export function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
