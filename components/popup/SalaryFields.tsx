// Minimum salary: amount, currency and period. An empty amount means "no minimum".
import { useState } from 'preact/hooks';
import type { MinSalary } from '../../lib/profile/schema';
import { FieldError, invalidProps } from '../common/FieldError';
import { useDraft } from '../common/useDraft';
import { useStore } from '../common/useStore';
import { profileStore } from './stores';

type Period = MinSalary['period'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'INR', 'JPY'];
const BY_REGION: Record<string, string> = { US: 'USD', GB: 'GBP', CH: 'CHF', CA: 'CAD', AU: 'AUD', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', IN: 'INR', JP: 'JPY' };

function localCurrency(): string {
  const region = (globalThis.navigator?.language ?? '').split('-')[1]?.toUpperCase() ?? '';
  return BY_REGION[region] ?? 'EUR';
}

export function SalaryFields() {
  const min = useStore(profileStore, (s) => s.profile.preferences.minSalary);
  const amountError = useStore(profileStore, (s) => s.fieldErrors['salary.amount']);
  const currencyError = useStore(profileStore, (s) => s.fieldErrors['salary.currency']);
  const amount = useDraft(min ? String(min.amount) : '');
  const currency = useDraft(min?.currency ?? localCurrency());
  const [period, setPeriod] = useState<Period>(min?.period ?? 'year');
  const shownPeriod = min?.period ?? period;

  const save = (a: string, c: string, p: Period) => void profileStore.getState().setMinSalary(a, c, p);

  return (
    <fieldset class="salary">
      <legend>Minimum salary</legend>
      <div class="pf-row">
        <input
          class="salary-amount"
          inputMode="text"
          aria-label="Minimum salary amount"
          placeholder="none (e.g. 150k)"
          maxLength={16}
          value={amount.draft}
          onInput={(e) => {
            amount.onInput(e.currentTarget.value);
            save(e.currentTarget.value, currency.draft, shownPeriod);
          }}
          onBlur={() => !amountError && amount.onBlur()}
          {...invalidProps('salary-amount-error', amountError)}
        />
        <input
          class="salary-currency"
          list="currencies"
          aria-label="Currency (3-letter code)"
          maxLength={3}
          value={currency.draft}
          onInput={(e) => {
            const v = e.currentTarget.value.toUpperCase();
            currency.onInput(v);
            if (amount.draft.trim()) save(amount.draft, v, shownPeriod);
          }}
          onBlur={() => !currencyError && currency.onBlur()}
          {...invalidProps('salary-currency-error', currencyError)}
        />
        <datalist id="currencies">
          {CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <select
          aria-label="Per"
          value={shownPeriod}
          onChange={(e) => {
            const p = e.currentTarget.value as Period;
            setPeriod(p);
            if (amount.draft.trim()) save(amount.draft, currency.draft, p);
          }}
        >
          <option value="year">per year</option>
          <option value="month">per month</option>
          <option value="hour">per hour</option>
        </select>
      </div>
      <FieldError id="salary-amount-error" error={amountError} />
      <FieldError id="salary-currency-error" error={currencyError} />
    </fieldset>
  );
}
