import { billingPeriodMonths, GIFTABLE_PERIOD_MONTHS, type GiftPeriodMonths, type GiftStatus, type Offer } from '@giftkit/core';
import { Button } from '../primitives/Button/Button';
import { DateField } from '../primitives/DateField/DateField';
import { Select } from '../primitives/Select/Select';
import { TextField } from '../primitives/TextField/TextField';
import { useT } from '../i18n/useT';
import { GIFT_STATUSES, isCreatedRangeBackwards } from './query';
import { Filters, Toolbar } from './styles';
import type { GiftManagerState } from './useGiftManager';

export type SearchAndFiltersProps = Pick<GiftManagerState, 'filters' | 'setQuery' | 'submitQuery' | 'setFilter' | 'clear' | 'filtered'> & {
  offers: readonly Offer[];
};

/** The search box (sender email, code, offer name, creation day) and the four filters. */
export function SearchAndFilters({ filters, offers, filtered, setQuery, submitQuery, setFilter, clear }: SearchAndFiltersProps) {
  const { t } = useT();
  // Separate keys: "any" agrees with each filter's noun (Polish: dowolna oferta, dowolny status).
  const any = (key: 'anyOffer' | 'anyStatus' | 'anyPeriod') => ({ value: '', label: t(`giftManager.filters.${key}`) });
  // Say why such a range finds nothing.
  const backwards = isCreatedRangeBackwards(filters);
  return (
    <>
      <Toolbar
        role="search"
        className="gk-giftManagerToolbar"
        onSubmit={(event) => {
          event.preventDefault();
          submitQuery();
        }}
      >
        <TextField
          type="search"
          label={t('giftManager.search.label')}
          description={t('giftManager.search.hint')}
          value={filters.q}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          onValueChange={setQuery}
        />
        <Button type="submit" variant="secondary">
          {t('giftManager.search.submit')}
        </Button>
      </Toolbar>
      <Filters className="gk-giftManagerFilters">
        <legend>{t('giftManager.filters.legend')}</legend>
        <Select
          label={t('giftManager.filters.offer')}
          value={filters.offerId}
          options={[any('anyOffer'), ...offers.filter((offer) => billingPeriodMonths(offer.billingCycle) !== null).map((offer) => ({ value: offer.id, label: offer.title }))]}
          onValueChange={(value) => setFilter('offerId', value)}
        />
        <Select
          label={t('giftManager.filters.status')}
          value={filters.status}
          options={[any('anyStatus'), ...GIFT_STATUSES.map((status) => ({ value: status, label: t(`giftManager.status.${status}`) }))]}
          onValueChange={(value) => setFilter('status', value as GiftStatus | '')}
        />
        <Select
          label={t('giftManager.filters.period')}
          value={String(filters.period)}
          options={[any('anyPeriod'), ...GIFTABLE_PERIOD_MONTHS.map((months) => ({ value: String(months), label: t('giftManager.filters.months', { count: months }) }))]}
          onValueChange={(value) => setFilter('period', value === '' ? '' : (Number(value) as GiftPeriodMonths))}
        />
        <DateField
          label={t('giftManager.filters.createdFrom')}
          value={filters.createdFrom}
          max={filters.createdTo || undefined}
          onValueChange={(value) => setFilter('createdFrom', value)}
        />
        <DateField
          label={t('giftManager.filters.createdTo')}
          value={filters.createdTo}
          min={filters.createdFrom || undefined}
          error={backwards ? t('giftManager.filters.rangeBackwards') : undefined}
          onValueChange={(value) => setFilter('createdTo', value)}
        />
        {filtered ? (
          <Button variant="link" onClick={clear}>
            {t('giftManager.filters.clear')}
          </Button>
        ) : null}
      </Filters>
    </>
  );
}
