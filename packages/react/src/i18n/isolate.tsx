import { Fragment, type ReactNode } from 'react';
import type { Translate, TranslateOptions } from './useT';
import type { TranslationKey } from './types';

/** A private-use character no translation contains: where the value goes. */
const SLOT = '\uE000';

/**
 * `t(key, { [name]: value })`, with the value inside a `<bdi>`: text from the platform or the
 * viewer (a code, an offer's title) keeps its own direction and never reorders the sentence
 * around it ("تم تطبيق الرمز 10-OFF." stays in order in Arabic). The text content is the same
 * as `t`'s, so screen readers and text queries read the plain sentence.
 */
export function tIsolated(t: Translate, key: TranslationKey, name: string, value: string, options: TranslateOptions = {}): ReactNode {
  const parts = t(key, { ...options, [name]: SLOT }).split(SLOT);
  return parts.map((part, index) => (
    // The parts of one sentence never move: the index is their identity.
    <Fragment key={index}>
      {index > 0 ? <bdi>{value}</bdi> : null}
      {part}
    </Fragment>
  ));
}
