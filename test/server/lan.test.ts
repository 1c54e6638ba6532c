/**
 * `npm start -- --lan`: the server listens on the local network and prints the address phones
 * use; the phone page, the server's details for the console and the live room answer on that
 * address, for a page from that address only. Without the flag nothing answers there.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'socket.io-client';
import { client, fakeDist, freePort, startServerProcess, tempDir } from './helpers.ts';

const children: ChildProcess[] = [];
const sockets: Socket[] = [];
afterAll(() => {
  for (const s of sockets) s.disconnect();
  for (const c of children) c.kill('SIGKILL');
});

/** This machine's IPv4 addresses other than loopback, read here on their own. */
const outside = Object.values(networkInterfaces()).flatMap((l) => l ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address);

/** Whether a socket.io connection with this Origin header is let in. */
function connects(url: string, origin: string): Promise<boolean> {
  const s = client(url, { extraHeaders: { origin }, reconnection: false });
  sockets.push(s);
  return new Promise((ok) => {
    s.once('connect', () => ok(true));
    s.once('connect_error', () => ok(false));
  });
}

describe('the server on the local network', { timeout: 60_000 }, () => {
  it('prints the address for phones and serves the phone page and the live room there', async () => {
    const dist = fakeDist();
    writeFileSync(join(dist, 'join.html'), '<!doctype html><title>Doe mee</title>');
    const port = await freePort();
    const run = await startServerProcess(['--lan', '--port', String(port), '--data', tempDir('lan'), '--dist', dist]);
    children.push(run.child);
    await expect.poll(() => run.output().includes('Rooms and votes')).toBe(true);
    const lines = run.output().trim().split('\n');
    if (outside.length === 0) {
      expect(lines).toContain('No local network address found: phones cannot join.');
      return;
    }
    const lan = `http://${outside[0]}:${port}`;
    expect(lines).toEqual([
      `Niet Pluis: http://127.0.0.1:${port}/`,
      `Trainer (workshop console): http://127.0.0.1:${port}/#workshops`,
      `Deelnemers / participants (phones): ${lan}/join.html`,
      expect.stringMatching(/^Rooms and votes: .*rooms\.sqlite$/),
    ]);
    // the phone page over the network, and the console (on loopback) is told the address to show
    const page = await fetch(`${lan}/join.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Doe mee</title>');
    expect(await (await fetch(`http://127.0.0.1:${port}/api/live`)).json()).toEqual({ live: true, joinBase: lan });
    // the live room over the network: a page from that address is let in, a page from elsewhere is not
    expect(await connects(lan, lan)).toBe(true);
    expect(await connects(lan, 'http://example.org')).toBe(false);
    expect(await connects(lan, `http://127.0.0.1:${port}`)).toBe(false);
  });

  it('answers on loopback only without the flag', async () => {
    const port = await freePort();
    const run = await startServerProcess(['--port', String(port), '--data', tempDir('lan-off'), '--dist', fakeDist()]);
    children.push(run.child);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    for (const address of outside) await expect(fetch(`http://${address}:${port}/`)).rejects.toThrow();
  });
});
