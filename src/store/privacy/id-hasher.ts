import { createHmac } from 'node:crypto';
import type { Origin } from '../ports.ts';

/** Turns raw platform ids into salted, one-way pseudonyms before anything is written. */
export interface IdHasher {
  hash(kind: 'user' | 'chat', platform: Origin['platform'], id: string): string;
  /** Identifies the salt without revealing it, so a store can notice a swapped salt file. */
  readonly fingerprint: string;
}

export function createIdHasher(salt: Buffer): IdHasher {
  const mac = (text: string): string => createHmac('sha256', salt).update(text).digest('base64url').slice(0, 22);
  return {
    hash: (kind, platform, id) => mac(`${kind}:${platform}:${id}`),
    fingerprint: mac('claimcheck:salt-fingerprint'),
  };
}

/** An origin as rows hold it: the platform and chat type, ids replaced by their hashes. */
export interface HashedOrigin {
  platform: Origin['platform'];
  chatType: Origin['chatType'];
  userHash: string | null;
  chatHash: string | null;
}

export function hashOrigin(origin: Origin, hasher: IdHasher): HashedOrigin {
  return {
    platform: origin.platform,
    chatType: origin.chatType,
    userHash: origin.userId === undefined ? null : hasher.hash('user', origin.platform, origin.userId),
    chatHash: origin.chatId === undefined ? null : hasher.hash('chat', origin.platform, origin.chatId),
  };
}
