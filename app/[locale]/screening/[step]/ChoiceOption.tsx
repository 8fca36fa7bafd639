import type { InputHTMLAttributes, Ref } from 'react';
import { PersonText } from '@/app/_components/PersonText';
import type { LanguageInUse } from '@/app/_components/usePersonLanguage';

type Props = {
  id: string;
  type: 'radio' | 'checkbox';
  label: string;
  /** The same option in the person's language, when one is chosen. */
  personLabel?: string;
  person: LanguageInUse | null;
  input: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
};

/** One answer option: the whole label is the touch target, with the person's wording under the worker's. */
export function ChoiceOption({ id, type, label, personLabel, person, input }: Props) {
  return (
    <label className="option" htmlFor={id}>
      <input type={type} id={id} {...input} />
      <span>
        {label}
        {person && personLabel !== undefined ? (
          <PersonText language={person} inline>
            {personLabel}
          </PersonText>
        ) : null}
      </span>
    </label>
  );
}
