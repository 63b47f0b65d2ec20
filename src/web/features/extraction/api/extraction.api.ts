import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  TExtractionConfirm,
  TExtractionConfirmResult,
  TExtractionProposal,
} from "../../../../shared/contracts/extraction.ts";
import { api } from "../../../lib/api.ts";

/** A pasted text, or a .txt/.docx/.html file the server reads. */
export type ExtractionSource = { text: string } | { file: File };

/** The file types the extraction reads (the server checks the bytes anyway). */
export const ACCEPTED_FILES = ".txt,.docx,.html,.htm,text/plain,text/html";

function extract(source: ExtractionSource): Promise<TExtractionProposal> {
  if ("text" in source) return api.post<TExtractionProposal>("/api/extraction", { text: source.text });
  const form = new FormData();
  form.append("file", source.file, source.file.name);
  return api.post<TExtractionProposal>("/api/extraction", form);
}

/** `POST /api/extraction`: reads the press release and proposes records; it creates nothing. */
export const useExtraction = () => useMutation({ mutationFn: extract });

/** `POST /api/extraction/confirm`: creates what the person confirmed, all or nothing. */
export function useConfirmExtraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TExtractionConfirm) =>
      api.post<TExtractionConfirmResult>("/api/extraction/confirm", body),
    onSuccess: () =>
      Promise.all(
        ["memoranda", "organizations", "branches", "home"].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}
