import { useQuery } from "@tanstack/react-query";
import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { MAX_SLUG_LENGTH, type TNews, ZNewsCreate } from "../../../../shared/contracts/news.ts";
import type { TLocalizedText } from "../../../../shared/localized-text.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import {
  type LocalizedFieldError,
  LocalizedTextField,
} from "../../../components/ui/localized-text-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";

/** The fields a person writes; the same contract the API creates posts with. */
export const ZNewsForm = ZNewsCreate.pick({
  title: true,
  summary: true,
  body: true,
  slug: true,
  regionCode: true,
});
export type NewsFormInput = z.input<typeof ZNewsForm>;
export type NewsFormOutput = z.output<typeof ZNewsForm>;

/** Field names as the API's error details name them. */
export const NEWS_FORM_FIELDS = ["title", "summary", "body", "slug", "regionCode"] as const;

/** Which regions the author may choose: every region and none (admin), or their own (coordinator). */
export type RegionChoice = { all: true } | { all: false; codes: string[] };

export function newsFormValues(post: TNews | null, regions: RegionChoice): NewsFormInput {
  if (!post) {
    return {
      title: {},
      summary: null,
      body: {},
      slug: undefined,
      regionCode: regions.all ? null : (regions.codes[0] ?? null),
    };
  }
  return {
    title: post.title as TLocalizedText,
    summary: (post.summary as TLocalizedText | null) ?? null,
    body: post.body as TLocalizedText,
    slug: post.slug,
    regionCode: post.regionCode,
  };
}

/** What the API gets: an empty summary is no summary; an empty slug is made from the title. */
export function newsPayload(values: NewsFormOutput) {
  const summary = values.summary && Object.keys(values.summary).length > 0 ? values.summary : null;
  return {
    title: values.title,
    summary,
    body: values.body,
    regionCode: values.regionCode,
    ...(values.slug ? { slug: values.slug } : {}),
  };
}

export function NewsFormFields({ regions }: { regions: RegionChoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { control, register, formState } = useFormContext<NewsFormInput>();
  const allRegions = useQuery(regionsQueryOptions());
  const choices = (allRegions.data ?? []).filter(
    (region) => regions.all || regions.codes.includes(region.code),
  );
  return (
    <>
      <Controller
        control={control}
        name="title"
        render={({ field, fieldState }) => (
          <LocalizedTextField
            label={t("app.news.field.title")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error as LocalizedFieldError}
            maxLength={300}
            required
          />
        )}
      />
      <Controller
        control={control}
        name="summary"
        render={({ field, fieldState }) => (
          <LocalizedTextField
            label={t("app.news.field.summary")}
            description={t("app.news.field.summary_hint")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error as LocalizedFieldError}
            maxLength={1000}
            multiline
          />
        )}
      />
      <Controller
        control={control}
        name="body"
        render={({ field, fieldState }) => (
          <LocalizedTextField
            label={t("app.news.field.body")}
            description={t("app.news.field.body_hint")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error as LocalizedFieldError}
            multiline
            required
          />
        )}
      />
      <Controller
        control={control}
        name="regionCode"
        render={({ field, fieldState }) => (
          // Controlled, so the stored region shows once the options (fetched) arrive.
          <FormField
            label={t("app.news.field.region")}
            error={fieldState.error?.message}
            required={!regions.all}
          >
            {(props) => (
              <select
                {...props}
                name={field.name}
                ref={field.ref}
                value={field.value ?? ""}
                onChange={(event) => field.onChange(event.target.value === "" ? null : event.target.value)}
                onBlur={field.onBlur}
              >
                {regions.all ? <option value="">{t("app.news.region.national")}</option> : null}
                {choices.map((region) => (
                  <option key={region.code} value={region.code}>
                    {format.text(region.name)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      />
      <FormField
        label={t("app.news.field.slug")}
        description={t("app.news.field.slug_hint")}
        error={formState.errors.slug?.message}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            lang="en"
            spellCheck={false}
            maxLength={MAX_SLUG_LENGTH}
            {...register("slug", { setValueAs: (value) => (value?.trim() ? value : undefined) })}
          />
        )}
      </FormField>
    </>
  );
}
