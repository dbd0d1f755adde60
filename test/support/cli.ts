// Runs the zhibiao command as a user would, capturing its exit code and output.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const BIN = new URL("../../bin/zhibiao.mjs", import.meta.url).pathname;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `zhibiao ARGS…` in the given working directory. */
export async function zhibiaoIn(cwd: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await run("node", [BIN, ...args], { maxBuffer: 64 * 1024 * 1024, cwd });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Runs `zhibiao ARGS…` from the project folder. */
export function zhibiao(...args: string[]): Promise<Run> {
  return zhibiaoIn(process.cwd(), ...args);
}
