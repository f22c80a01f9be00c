// Small readers for untrusted wire JSON: they pick typed values out of an
// object without ever merging it into one of ours.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readString(obj: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (typeof v === 'string') return v;
  }
  return undefined;
}

export function readNumber(obj: Record<string, unknown>, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const v = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  }
  return undefined;
}

export function readBoolean(obj: Record<string, unknown>, ...keys: string[]): boolean | undefined {
  for (const key of keys) {
    const v = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (typeof v === 'boolean') return v;
  }
  return undefined;
}

export function readRecord(
  obj: Record<string, unknown>,
  key: string,
): Record<string, unknown> | undefined {
  const v = Object.hasOwn(obj, key) ? obj[key] : undefined;
  return isRecord(v) ? v : undefined;
}
