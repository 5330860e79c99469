import { z } from 'zod';
import { localeSchema, type Locale } from '../../core/knowledge/schema.ts';

/**
 * Component custom_ids carry everything a press needs (action, entry id, locale), so buttons
 * keep working after a restart. Discord caps a custom_id at 100 characters.
 */
export const CUSTOM_ID_MAX = 100;

export type ComponentAction =
  | { action: 'share'; entryId: string; locale: Locale }
  | { action: 'feedback'; vote: 'up' | 'down'; entryId: string }
  | { action: 'pick'; locale: Locale }
  | { action: 'submit'; locale: Locale };

const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export function encodeCustomId(a: ComponentAction): string | undefined {
  const id =
    a.action === 'share' ? `share:${a.entryId}:${a.locale}`
    : a.action === 'feedback' ? `fb:${a.vote}:${a.entryId}`
    : `${a.action}:${a.locale}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** Parses a custom_id from a component interaction (outside data: validated, never trusted). */
export function decodeCustomId(customId: string): ComponentAction | undefined {
  const [kind, a, b] = customId.split(':');
  if (kind === 'share') {
    const id = entryId.safeParse(a);
    const locale = localeSchema.safeParse(b);
    return id.success && locale.success ? { action: 'share', entryId: id.data, locale: locale.data } : undefined;
  }
  if (kind === 'fb') {
    const id = entryId.safeParse(b);
    return (a === 'up' || a === 'down') && id.success ? { action: 'feedback', vote: a, entryId: id.data } : undefined;
  }
  if (kind === 'pick' || kind === 'submit') {
    const locale = localeSchema.safeParse(a);
    return locale.success ? { action: kind, locale: locale.data } : undefined;
  }
  return undefined;
}
