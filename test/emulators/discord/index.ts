/** Loopback Discord (REST /api/v10 + gateway) for end-to-end tests of the discord.js adapter. */
export { startDiscordEmulator, manualClock, DiscordEmulator, type EmulatorOptions, type MentionRisk } from './emulator.ts';
export { InteractionHandle, shownFor, type Shown } from './handle.ts';
export { Perm, DEFAULT_BOT_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, type Json } from './model.ts';
export { LIMITS, checkMessage } from './limits.ts';
export type { DispatchOptions, MemberSpec } from './payloads.ts';
export type { InteractionRecord } from './interactions.ts';
