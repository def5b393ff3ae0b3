import { z } from "zod";

/** This browser's snapshots, kept in localStorage so the creator can find and delete them. */
const KEY = "liaison.mySnapshots.v1";

export const mySnapshot = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  deleteToken: z.string(),
});
export type MySnapshot = z.infer<typeof mySnapshot>;

export function listMySnapshots(storage: Storage = localStorage): MySnapshot[] {
  try {
    const parsed = z.array(mySnapshot).safeParse(JSON.parse(storage.getItem(KEY) ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function rememberSnapshot(entry: MySnapshot, storage: Storage = localStorage): void {
  const rest = listMySnapshots(storage).filter((s) => s.id !== entry.id);
  storage.setItem(KEY, JSON.stringify([entry, ...rest]));
}

export function forgetSnapshot(id: string, storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(listMySnapshots(storage).filter((s) => s.id !== id)));
}
