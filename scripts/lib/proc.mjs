// Small process helpers shared by the up, down and test scripts (plain Node, no dependencies).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function log(message) {
  process.stdout.write(`[liaison] ${message}\n`);
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and throws with a readable message when it fails. */
export async function mustRun(command, args, options = {}) {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed with exit code ${code}`);
}

export function commandExists(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** True when something accepts TCP connections on host:port. */
export function portOpen(port, host = "127.0.0.1", timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function readPid(file) {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Installs npm packages from the lock file when node_modules is missing or older than the lock. */
export async function ensureNodeModules() {
  const marker = path.join(ROOT, "node_modules", ".package-lock.json");
  if (existsSync(marker) && mtime(marker) >= mtime(path.join(ROOT, "package-lock.json"))) return;
  log("installing npm packages (npm ci)…");
  await mustRun("npm", ["ci", "--no-audit", "--no-fund"]);
}

export const CHROMIUM = process.env.LIAISON_CHROMIUM ?? "/usr/bin/chromium";

/** Debian's Chromium drives the browser tests; installed here when missing and run as root. */
export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (!isRoot()) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`,
    );
  }
  log("installing Debian's chromium for the browser tests…");
  await mustRun("apt-get", ["update", "-qq"]);
  await mustRun("apt-get", ["install", "-y", "-qq", "chromium"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}
