import { type RefObject, useState } from "react";
import { useTranslation } from "react-i18next";
import { useToast } from "../../../components/ui/toast.tsx";
import { downloadPng, downloadSvg, type ExportTexts, exportSvgMarkup } from "../lib/map-export.ts";

/** Saves the map as it is drawn, with its title, legend and credit, as SVG or PNG. */
export function ChoroplethDownloads({
  svgRef,
  fileName,
  texts,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  fileName: string;
  texts: ExportTexts;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const markup = () => (svgRef.current ? exportSvgMarkup(svgRef.current, texts) : null);
  const onSvg = () => {
    const svg = markup();
    if (svg) downloadSvg(svg, `${fileName}.svg`);
  };
  const onPng = async () => {
    const svg = markup();
    if (!svg) return;
    setBusy(true);
    try {
      await downloadPng(svg, `${fileName}.png`);
    } catch {
      toast.show(t("app.analytics.map.png_failed"), "error");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="choropleth__downloads">
      <button type="button" className="button button--secondary" onClick={onSvg}>
        {t("app.analytics.map.download_svg")}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void onPng()} disabled={busy}>
        {t("app.analytics.map.download_png")}
      </button>
    </div>
  );
}
