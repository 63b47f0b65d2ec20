import type { ReactNode } from "react";
import { Controller, type FieldValues, type Path, useFormContext } from "react-hook-form";
import { FormField } from "../../../components/ui/form-field.tsx";

export interface FormSelectProps<Values extends FieldValues> {
  name: Path<Values>;
  label: ReactNode;
  options: ReadonlyArray<{ value: string; label: string }>;
  required?: boolean;
  description?: ReactNode;
}

/**
 * A `<select>` of the surrounding form, controlled (React selects the option), so the record's value
 * shows from the first render in every DOM, not only in browsers.
 */
export function FormSelect<Values extends FieldValues>(props: FormSelectProps<Values>) {
  const { control } = useFormContext<Values>();
  return (
    <Controller
      control={control}
      name={props.name}
      render={({ field, fieldState }) => (
        <FormField
          label={props.label}
          error={fieldState.error?.message}
          required={props.required ?? false}
          description={props.description}
        >
          {(control) => (
            <select
              {...control}
              ref={field.ref}
              name={field.name}
              value={field.value ?? ""}
              onChange={(event) => field.onChange(event.target.value)}
              onBlur={field.onBlur}
            >
              {props.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
    />
  );
}
