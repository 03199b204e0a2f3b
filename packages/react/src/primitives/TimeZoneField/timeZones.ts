import { localTimeAt, toUnixSeconds } from '@giftkit/core';

/** Used when the runtime cannot list its zones (`Intl.supportedValuesOf` is missing). */
export const FALLBACK_TIME_ZONES: readonly string[] = [
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'Africa/Nairobi',
  'America/Anchorage',
  'America/Argentina/Buenos_Aires',
  'America/Bogota',
  'America/Chicago',
  'America/Denver',
  'America/Halifax',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/New_York',
  'America/Phoenix',
  'America/Sao_Paulo',
  'America/St_Johns',
  'America/Toronto',
  'Asia/Bangkok',
  'Asia/Dubai',
  'Asia/Hong_Kong',
  'Asia/Jakarta',
  'Asia/Jerusalem',
  'Asia/Karachi',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Manila',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Tehran',
  'Asia/Tokyo',
  'Atlantic/Reykjavik',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Lord_Howe',
  'Australia/Perth',
  'Australia/Sydney',
  'Europe/Amsterdam',
  'Europe/Athens',
  'Europe/Berlin',
  'Europe/Brussels',
  'Europe/Dublin',
  'Europe/Helsinki',
  'Europe/Istanbul',
  'Europe/Kyiv',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Moscow',
  'Europe/Paris',
  'Europe/Rome',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Europe/Zurich',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Honolulu',
  'Pacific/Kiritimati',
  'UTC',
];

/**
 * Old names some engines still list (ICU keeps them for compatibility) and the names people
 * search for today. The platform receives the current name.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The current IANA name of a zone (`Asia/Calcutta` → `Asia/Kolkata`), when the runtime accepts it. */
export function currentZoneName(zone: string): string {
  const current = CURRENT_NAMES[zone];
  return current && isKnownZone(current) ? current : zone;
}

/** Every IANA zone the runtime knows under its current name (plus `UTC`), or the fallback list. */
export function availableTimeZones(): string[] {
  try {
    if (typeof Intl.supportedValuesOf === 'function') {
      const zones = Intl.supportedValuesOf('timeZone').map(currentZoneName);
      if (zones.length > 0) return [...new Set([...zones, 'UTC'])].sort();
    }
  } catch {
    // an engine that lists nothing: use ours
  }
  return [...FALLBACK_TIME_ZONES];
}

/** A zone prepared for searching. */
export interface TimeZoneEntry {
  /** IANA id, e.g. `America/New_York`. */
  id: string;
  /** The last part, readable: `New York`. */
  city: string;
  /** `id` folded for search: `america/newyork`. */
  idKey: string;
  /** `city` folded for search: `newyork`. */
  cityKey: string;
}

/** Lower case, accents dropped, spaces and underscores ignored: `São Paulo` → `saopaulo`. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '');
}

export function toEntry(id: string): TimeZoneEntry {
  const city = (id.split('/').pop() ?? id).replace(/_/g, ' ');
  return { id, city, idKey: searchKey(id), cityKey: searchKey(city) };
}

/**
 * The zones whose id or city contains the query (spaces and underscores ignored), cities
 * that start with it first, otherwise in list order.
 */
export function filterTimeZones(entries: readonly TimeZoneEntry[], query: string): TimeZoneEntry[] {
  const key = searchKey(query);
  if (key === '') return [...entries];
  const starts: TimeZoneEntry[] = [];
  const contains: TimeZoneEntry[] = [];
  for (const entry of entries) {
    if (entry.cityKey.startsWith(key)) starts.push(entry);
    else if (entry.idKey.includes(key) || entry.cityKey.includes(key)) contains.push(entry);
  }
  return [...starts, ...contains];
}

/** The zone's offset from UTC at an instant, in minutes, or `null` for a zone the runtime rejects. */
export function utcOffsetMinutes(zone: string, atMs: number): number | null {
  try {
    return localTimeAt(toUnixSeconds(atMs), zone).offsetMinutes;
  } catch {
    return null;
  }
}

/** `+05:30`, `−03:00` (a real minus sign), or `''` for UTC itself. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return '';
  const sign = minutes > 0 ? '+' : '\u2212';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
