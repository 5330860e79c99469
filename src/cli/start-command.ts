import { startApp } from '../main.ts';
import type { CliCommand } from './io.ts';

/** `claimcheck start` (and `npm start`): runs until the console input ends or a signal arrives. */
export const startCommand: CliCommand = async (_args, io) => {
  const interactive = 'isTTY' in io.stdin && io.stdin.isTTY === true;
  const app = await startApp(io, { interactive });
  const onSignal = (signal: NodeJS.Signals): void => {
    app.log.info({ signal }, 'shutting down');
    void app.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await Promise.race([app.done, new Promise<void>((resolve) => process.once('beforeExit', () => resolve()))]);
  await app.stop();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return 0;
};
