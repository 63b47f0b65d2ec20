import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** `Page · Yntymaq` in the tab and for screen readers; every screen names itself. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const product = t("app.product");
  useEffect(() => {
    document.title = page ? `${page} · ${product}` : product;
  }, [page, product]);
}
