import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import type { ServerMessage, ServerStats } from './serve.ts';

/** The parent's handle on a bench/serve.ts child: its URL, its statistics, stopping it. */
export class ServerChild {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Starts `bench/serve.ts` with these arguments and waits until it listens. */
  static start(args: string[]): Promise<ServerChild> {
    const child = fork(join(ROOT, 'bench', 'serve.ts'), args, {
      cwd: ROOT,
      execArgv: ['--expose-gc', '--import', 'tsx'],
      env: { ...process.env, EWS_QUIET: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) =>
        reject(new Error(`bench server exited ${code} before listening`)),
      );
      child.once('message', (m: { type: string; url?: string }) => {
        child.removeAllListeners('exit');
        if (m.type === 'listening' && m.url) resolve(new ServerChild(child, m.url));
        else reject(new Error(`bench server: unexpected message ${JSON.stringify(m)}`));
      });
    });
  }

  private ask<T>(message: ServerMessage, answer: string): Promise<T> {
    return new Promise((resolve) => {
      this.child.once('message', (m: { type: string } & T) => {
        if (m.type === answer) resolve(m);
      });
      this.child.send(message);
    });
  }

  /** Zeroes the phase sums and the CPU mark. */
  async reset(): Promise<void> {
    await this.ask({ type: 'reset' }, 'reset');
  }

  async stats(): Promise<ServerStats> {
    return (await this.ask<{ stats: ServerStats }>({ type: 'stats' }, 'stats')).stats;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' } satisfies ServerMessage);
    });
  }
}
