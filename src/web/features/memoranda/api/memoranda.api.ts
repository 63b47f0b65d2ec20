import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { TBranch } from "../../../../shared/contracts/branches.ts";
import type { TPage } from "../../../../shared/contracts/common.ts";
import type {
  TCommitment,
  TCommitmentCreate,
  TCommitmentUpdate,
  TMemorandum,
  TMemorandumAmendmentCreate,
  TMemorandumCreate,
  TMemorandumRenewalCreate,
  TMemorandumSummary,
  TMemorandumTermination,
  TMemorandumTransition,
  TMemorandumUpdate,
} from "../../../../shared/contracts/memoranda.ts";
import { ZMemorandumListQuery } from "../../../../shared/contracts/memoranda.ts";
import type { TOrganization, TOrganizationCreate } from "../../../../shared/contracts/organizations.ts";
import { LIFECYCLE_STATUSES, REVIEW_STATES, SCOPE_AREAS } from "../../../../shared/vocabulary.ts";
import { api } from "../../../lib/api.ts";

/** Comma-separated values of one vocabulary, kept as text so the URL reads `?reviewState=draft,in_review`. */
const csvOf = (values: readonly string[]) =>
  z
    .string()
    .refine((text) => text.split(",").every((value) => values.includes(value)))
    .optional();

/**
 * The list's state in the URL: the API's own query (ZMemorandumListQuery), except that lists stay plain
 * comma-separated text (the router would write arrays as JSON). The API reads the same text.
 */
export const ZMemorandumListSearch = ZMemorandumListQuery.extend({
  region: z
    .string()
    .regex(/^KZ-\d{2}(,KZ-\d{2})*$/)
    .optional(),
  reviewState: csvOf(REVIEW_STATES),
  lifecycle: csvOf(LIFECYCLE_STATUSES),
  scope: csvOf(SCOPE_AREAS),
});
export type MemorandumListSearch = z.output<typeof ZMemorandumListSearch>;

const path = (id: string) => `/api/memoranda/${encodeURIComponent(id)}`;

export const memorandaQueryOptions = (search: MemorandumListSearch) =>
  queryOptions({
    queryKey: ["memoranda", "list", search],
    queryFn: ({ signal }) => api.get<TPage<TMemorandumSummary>>("/api/memoranda", search, signal),
    placeholderData: keepPreviousData,
  });

export const memorandumQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["memoranda", "one", id],
    queryFn: ({ signal }) => api.get<TMemorandum>(path(id), undefined, signal),
  });

/** Branches a memorandum may name: the caller's regions for a coordinator, every region for an admin. */
export const branchChoicesQueryOptions = (regionCodes: readonly string[]) =>
  queryOptions({
    queryKey: ["branches", "choices", regionCodes],
    queryFn: async ({ signal }) =>
      (
        await api.get<TPage<TBranch>>(
          "/api/branches",
          { region: regionCodes, sort: "region", perPage: 100 },
          signal,
        )
      ).items,
    staleTime: 5 * 60_000,
  });

/** Active organizations whose name matches `q`, for the partner picker. */
export const partnerSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ["organizations", "picker", q],
    queryFn: ({ signal }) =>
      api.get<TPage<TOrganization>>(
        "/api/organizations",
        { q: q || undefined, status: "active", sort: "name", perPage: 8 },
        signal,
      ),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/** Writes that change a memorandum also change its timeline, list rows and home figures: refetch them all. */
function useInvalidateMemoranda() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["memoranda"] }),
      queryClient.invalidateQueries({ queryKey: ["home"] }),
    ]);
}

function useMemorandumWrite<Input>(write: (input: Input) => Promise<TMemorandum>) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMemoranda();
  return useMutation({
    mutationFn: write,
    onSuccess: async (memorandum) => {
      queryClient.setQueryData(memorandumQueryOptions(memorandum.id).queryKey, memorandum);
      await invalidate();
    },
  });
}

export const useCreateMemorandum = () =>
  useMemorandumWrite((input: TMemorandumCreate) => api.post<TMemorandum>("/api/memoranda", input));

export const useUpdateMemorandum = (id: string) =>
  useMemorandumWrite((patch: TMemorandumUpdate) => api.patch<TMemorandum>(path(id), patch));

export const useTransitionMemorandum = (id: string) =>
  useMemorandumWrite((body: TMemorandumTransition) => api.post<TMemorandum>(`${path(id)}/transitions`, body));

export const useTerminateMemorandum = (id: string) =>
  useMemorandumWrite((body: TMemorandumTermination) => api.post<TMemorandum>(`${path(id)}/terminate`, body));

export const useRenewMemorandum = (id: string) =>
  useMemorandumWrite((body: TMemorandumRenewalCreate) => api.post<TMemorandum>(`${path(id)}/renewals`, body));

export const useAmendMemorandum = (id: string) =>
  useMemorandumWrite((body: TMemorandumAmendmentCreate) =>
    api.post<TMemorandum>(`${path(id)}/amendments`, body),
  );

export function useDeleteMemorandum(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMemoranda();
  return useMutation({
    mutationFn: () => api.delete<null>(path(id)),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: memorandumQueryOptions(id).queryKey });
      await invalidate();
    },
  });
}

export function useCreateCommitment(memorandumId: string) {
  const invalidate = useInvalidateMemoranda();
  return useMutation({
    mutationFn: (input: TCommitmentCreate) =>
      api.post<TCommitment>(`${path(memorandumId)}/commitments`, input),
    onSuccess: invalidate,
  });
}

export function useUpdateCommitment() {
  const invalidate = useInvalidateMemoranda();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TCommitmentUpdate }) =>
      api.patch<TCommitment>(`/api/commitments/${encodeURIComponent(id)}`, patch),
    onSuccess: invalidate,
  });
}

export function useDeleteCommitment() {
  const invalidate = useInvalidateMemoranda();
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/api/commitments/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
}

/** A partner registered from the memorandum form (a coordinator: serving only its own regions). */
export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOrganizationCreate) => api.post<TOrganization>("/api/organizations", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["organizations"] }),
  });
}
