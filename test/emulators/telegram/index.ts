export { TelegramEmulator, type PushMessageInput } from './emulator.ts';
export type { RecordedCall, WaitOptions } from './call-log.ts';
export { parseTelegramHtml, type ParsedText } from './html.ts';
export { LIMITS } from './limits.ts';
