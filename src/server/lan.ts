import { networkInterfaces } from 'node:os';

/** The machine's first IPv4 address on the local network (the one phones in the room can reach), or null. */
export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}
