import { startApp } from '../main.ts';
import { installShutdown } from '../ops/index.ts';
import type { CliCommand } from './io.ts';

/** `claimcheck start` (and `npm start`): runs until the console input ends or SIGINT/SIGTERM. */
export const startCommand: CliCommand = async (_args, io) => {
  const interactive = 'isTTY' in io.stdin && io.stdin.isTTY === true;
  const app = await startApp(io, { interactive });
  let signalled = false;
  // SIGINT/SIGTERM: stop taking updates, finish in-flight work (10 s at most), close the store, exit.
  const shutdown = installShutdown({
    adapters: () => app.adapters,
    store: app.store,
    log: app.log,
    beforeStop: () => {
      signalled = true;
      app.beforeStop();
    },
    closers: [() => app.ops.close()],
  });
  try {
    await app.ready;
  } catch (err) {
    // A signal during start-up retries aborts them: that is a clean stop, not a failed bot.
    if (signalled) return shutdown.shutdown('signal');
    app.log.fatal({ err }, 'a bot could not start; check its token');
    io.stderr.write(`claimcheck: a bot could not start: ${(err as Error).message}\n`);
    await app.stop();
    shutdown.dispose();
    return 1;
  }
  await app.done;
  // The console's input ended (Ctrl-D or end of pipe): stop as cleanly as a signal would.
  await app.stop();
  shutdown.dispose();
  return 0;
};
