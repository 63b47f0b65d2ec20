import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { ListTarget } from "../lib/list-links.ts";

/** A link to a back-office list with its filters in the URL (each list route types its own search). */
export function ListLink({
  target,
  context,
  children,
}: {
  target: ListTarget;
  /** Said after the visible text (a bare number) to screen readers, so the link makes sense on its own. */
  context?: string;
  children: ReactNode;
}) {
  const content = context ? (
    <>
      {children}
      <span className="visually-hidden"> — {context}</span>
    </>
  ) : (
    children
  );
  switch (target.to) {
    case "/services":
      return (
        <Link to="/services" search={target.search}>
          {content}
        </Link>
      );
    case "/partners":
      return (
        <Link to="/partners" search={target.search}>
          {content}
        </Link>
      );
    case "/memoranda":
      return (
        <Link to="/memoranda" search={target.search}>
          {content}
        </Link>
      );
  }
}
