/**
 * Debian's headless Chromium, driven by playwright-core (which downloads no browser of its
 * own), with a fresh profile, and a loopback HTTP server for the pages it loads.
 * scripts/install-test-tools.sh installs Chromium; in CI a missing one is a failure.
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext } from 'playwright-core';
import { tempDir } from './temp-dir.js';

export const CHROMIUM_PATH = process.env.BATCHBENCH_CHROMIUM ?? '/usr/bin/chromium';

/** In CI (or when asked) the browser tests must run: a skip would hide a missing install. */
export const CHROMIUM_REQUIRED =
  process.env.CI === 'true' || process.env.BATCHBENCH_CHROMIUM_REQUIRED === '1';

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run scripts/install-test-tools.sh`);
  }
  // A persistent context is how playwright takes a user data dir: a fresh one per launch.
  const profile = tempDir('bb-chromium-');
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: FLAGS,
      viewport: { width: 1200, height: 900 },
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

export interface Site {
  url: string;
  close(): Promise<void>;
}

/** Serves fixed bodies by path on 127.0.0.1; anything else is a 404. */
export async function serveLoopback(files: Record<string, { type: string; body: string }>): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (file == null) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
