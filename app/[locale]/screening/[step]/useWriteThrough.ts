'use client';
import { useEffect } from 'react';
import type { FieldValues, UseFormSubscribe } from 'react-hook-form';

/**
 * Writes every change of a form field to the answer store at once, not only on Continue, so that a
 * language switch (which remounts the form) finds it there. `write` must be stable (module scope).
 */
export function useWriteThrough<Values extends FieldValues>(
  subscribe: UseFormSubscribe<Values>,
  write: (name: string, values: Partial<Values>) => void,
) {
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          if (!name) return;
          try {
            write(name, values);
          } catch {
            // Refused by the schema: nothing stored; the resolver reports it on Continue.
          }
        },
      }),
    [subscribe, write],
  );
}
