/** What the contract suite sees of one answer on any platform, flattened to plain text. */
export interface ContractReply {
  text: string;
  verdictShown: string | null;
  sourceUrls: string[];
}

export interface AdapterHarness {
  ask(text: string): Promise<ContractReply>;
  close(): Promise<void>;
}

export const VERDICT_LABELS = ['True, with context', 'Misleading', 'Unsupported', 'False', 'True'] as const;

/** The verdict label a reply shows, or null when it shows none (the no-match answer). */
export function verdictIn(text: string): string | null {
  const found = VERDICT_LABELS.map((label) => ({ label, at: text.search(new RegExp(`\\b${label.replace(/[,]/g, '\\$&')}\\b`)) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at);
  return found[0]?.label ?? null;
}

export function urlsIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [])];
}
