import fc from 'fast-check';

/** Every property runs at least 1,000 cases (issue 2). */
export const RUNS = { numRuns: 1000 } as const;

/** Zones with DST, odd offsets, 30-minute DST and date-line jumps. */
export const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'UTC',
] as const;

export const zone = fc.constantFrom(...ZONES);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A real calendar day between 1990 and 2040 as `YYYY-MM-DD`. */
export const calendarDay = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);

export const hour = fc.integer({ min: 0, max: 23 });

/** An instant in seconds between 1990 and 2040. */
export const instant = fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 });

/** Unix seconds of a UTC wall time, for readable examples. */
export const utc = (iso: string) => Date.parse(iso.endsWith('Z') ? iso : `${iso}Z`) / 1000;
