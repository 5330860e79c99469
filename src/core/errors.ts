/** Stable error codes: user-facing text for each lives in i18n, never at the throw site. */
export const ERROR_CODES = [
  'KB_INVALID',
  'KB_DUPLICATE_ID',
  'KB_MISSING',
  'CONFIG_INVALID',
  'INPUT_TOO_LONG',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ClaimcheckError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaimcheckError';
    this.code = code;
  }
}

/** One problem found in the knowledge base, with where it is. */
export interface KbIssue {
  file: string;
  path: string;
  message: string;
}

export class KnowledgeBaseError extends ClaimcheckError {
  readonly issues: readonly KbIssue[];
  constructor(issues: readonly KbIssue[], code: ErrorCode = 'KB_INVALID') {
    super(code, issues.map((i) => `${i.file}: ${i.path ? i.path + ': ' : ''}${i.message}`).join('\n'));
    this.name = 'KnowledgeBaseError';
    this.issues = issues;
  }
}
