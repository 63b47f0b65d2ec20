import type { ReactNode } from "react";
import { FieldsetField } from "./form-field.tsx";

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  /** The language of the label when it is not the interface's (a name written in one language). */
  lang?: string | undefined;
}

export interface CheckboxGroupProps {
  legend: ReactNode;
  options: readonly CheckboxOption[];
  value: readonly string[] | null | undefined;
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  /** Lay long lists out in columns. */
  columns?: boolean;
}

/**
 * A list of checkboxes whose value is always an array of the checked values, in the options' order
 * (react-hook-form's `register` turns a group of one into a boolean; use this through a Controller).
 */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const checked = new Set(props.value ?? []);
  const toggle = (value: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(value);
    else next.delete(value);
    props.onChange(props.options.map((option) => option.value).filter((option) => next.has(option)));
  };
  return (
    <FieldsetField
      legend={props.legend}
      error={props.error}
      description={props.description}
      required={props.required ?? false}
    >
      <div className={props.columns ? "choices choices--columns" : "choices"}>
        {props.options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              value={option.value}
              checked={checked.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={props.onBlur}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </FieldsetField>
  );
}
