/** An error the emulator answers with, shaped like the Bot API's `{ ok: false, ... }` body. */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number },
  ) {
    super(description);
    this.name = 'ApiError';
  }

  toBody(): { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } } {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/** 400 with Telegram's "Bad Request: " prefix. */
export class BadRequest extends ApiError {
  constructor(reason: string) {
    super(400, `Bad Request: ${reason}`);
  }
}

export function tooManyRequests(retryAfter: number): ApiError {
  return new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
}
