import { z } from "zod";
import { REGION_KINDS } from "../vocabulary.ts";
import { ZRegionCode } from "./common.ts";

export const ZRegion = z.object({
  code: z.string(),
  kato: z.string(),
  kind: z.enum(REGION_KINDS),
  name: z.object({ kk: z.string(), ru: z.string(), en: z.string(), "kk-Latn": z.string() }),
  centre: z.object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() }),
  aliases: z.array(z.string()),
});
export type TRegion = z.infer<typeof ZRegion>;

export const ZRegionListQuery = z.object({ kind: z.enum(REGION_KINDS).optional() });
export const ZRegionParam = z.object({ code: ZRegionCode });
