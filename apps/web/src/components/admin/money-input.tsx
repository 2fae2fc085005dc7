'use client';

import type { InputHTMLAttributes } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { moneyInWords, parseMoneyText } from '@tianshan/model';
import type { FormValues } from './record-fields';

/**
 * Every money field's input: takes "22.71 bn", "350 m" or "1,234,000" and says back, as the editor types, the
 * amount that will be saved, so a slip of a thousand is seen before it is stored.
 */
export function MoneyInput({
  form,
  name,
  inputProps,
}: {
  form: UseFormReturn<FormValues>;
  name: `fields.${string}`;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { id: string };
}) {
  const typed = useWatch({ control: form.control, name });
  const text = typeof typed === 'string' ? typed.trim() : '';
  const read = text ? parseMoneyText(text) : null;
  const wordsId = `${inputProps.id}-words`;
  const describedBy = [inputProps['aria-describedby'], wordsId].filter(Boolean).join(' ');
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        {...inputProps}
        aria-describedby={describedBy}
        {...form.register(name)}
      />
      <p id={wordsId} aria-live="polite" className="text-sm" data-testid={`${inputProps.id}-words`}>
        {read === null ? null : read.ok ? (
          <span className="text-emerald-800">{moneyInWords(read.value)}</span>
        ) : (
          <span className="text-red-700">Cannot read this amount: it {read.message}</span>
        )}
      </p>
    </>
  );
}
