import { Controller, type FieldValues, type Path, useFormContext } from "react-hook-form";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";

export interface LocalizedInputProps<Values extends FieldValues> {
  name: Path<Values>;
  label: string;
  maxLength: number;
  multiline?: boolean;
  required?: boolean;
  description?: string;
}

/** A LocalizedTextField bound to a field of the surrounding form (FormProvider). */
export function LocalizedInput<Values extends FieldValues>(props: LocalizedInputProps<Values>) {
  const { control } = useFormContext<Values>();
  return (
    <Controller
      control={control}
      name={props.name}
      render={({ field, fieldState }) => (
        <LocalizedTextField
          label={props.label}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error as LocalizedFieldError}
          maxLength={props.maxLength}
          multiline={props.multiline ?? false}
          required={props.required ?? false}
          description={props.description}
        />
      )}
    />
  );
}
