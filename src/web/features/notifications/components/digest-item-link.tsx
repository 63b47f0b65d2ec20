import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { TDigestItem } from "../../../../shared/contracts/notifications.ts";

const ID_PATH = /^\/(memoranda|services|partners)\/([0-9a-f-]{36})$/;

/** A digest item's back-office path (as the server wrote it for mail) as a link inside the app. */
export function DigestItemLink({ path, children }: { path: TDigestItem["path"]; children: ReactNode }) {
  const match = ID_PATH.exec(path);
  if (match?.[1] === "memoranda") {
    return (
      <Link to="/memoranda/$id" params={{ id: match[2] as string }}>
        {children}
      </Link>
    );
  }
  if (match?.[1] === "services") {
    return (
      <Link to="/services/$id" params={{ id: match[2] as string }}>
        {children}
      </Link>
    );
  }
  if (match?.[1] === "partners") {
    return (
      <Link to="/partners/$id" params={{ id: match[2] as string }}>
        {children}
      </Link>
    );
  }
  return (
    <Link to="/verification" search={{ tab: "reports" }}>
      {children}
    </Link>
  );
}
