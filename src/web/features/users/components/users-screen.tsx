import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TUser } from "../../../../shared/contracts/users.ts";
import { ROLES } from "../../../../shared/vocabulary.ts";
import { type Column, DataTable } from "../../../components/ui/data-table.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { type UserListSearch, usersQueryOptions } from "../api/users.api.ts";

function UserFilters({ search }: { search: UserListSearch }) {
  const { t } = useTranslation();
  const update = useSearchUpdate<UserListSearch>();
  const [q, setQ] = useState(search.q ?? "");
  const [role, setRole] = useState(search.role ?? "");
  useEffect(() => {
    setQ(search.q ?? "");
    setRole(search.role ?? "");
  }, [search.q, search.role]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: q.trim() || undefined, role: (role || undefined) as UserListSearch["role"] });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t("app.users.filters")}>
      <div className="field">
        <label className="field__label" htmlFor="users-q">
          {t("app.users.filter.q")}
        </label>
        <input id="users-q" type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="users-role">
          {t("app.users.field.role")}
        </label>
        <select id="users-role" value={role} onChange={(event) => setRole(event.target.value)}>
          <option value="">{t("app.users.filter.any_role")}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`app.role.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("app.action.apply")}
      </button>
    </form>
  );
}

export function UsersScreen({ search }: { search: UserListSearch }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.users"));
  const format = useFormat();
  const users = useQuery(usersQueryOptions(search));
  const regions = useQuery(regionsQueryOptions());
  const regionName = (code: string) =>
    format.text(regions.data?.find((region) => region.code === code)?.name) || code;
  const columns: Array<Column<TUser>> = [
    {
      key: "name",
      header: t("app.users.field.name"),
      rowHeader: true,
      cell: (user) => (
        <Link to="/users/$id" params={{ id: user.id }}>
          {user.name}
        </Link>
      ),
    },
    { key: "email", header: t("app.users.field.email"), cell: (user) => user.email },
    { key: "role", header: t("app.users.field.role"), cell: (user) => t(`app.role.${user.role}`) },
    {
      key: "scope",
      header: t("app.users.column.scope"),
      cell: (user) =>
        user.role === "coordinator"
          ? user.regionCodes.map(regionName).join(", ")
          : user.role === "partner"
            ? t("app.users.scope.organization")
            : t("app.users.scope.all"),
    },
    {
      key: "status",
      header: t("app.users.column.status"),
      cell: (user) => (
        <span className={user.active ? "tag" : "tag tag--muted"}>
          {t(user.active ? "app.users.status.active" : "app.users.status.inactive")}
        </span>
      ),
    },
    { key: "created", header: t("app.users.column.created"), cell: (user) => format.date(user.createdAt) },
  ];
  return (
    <>
      <div className="page-head">
        <h1>{t("app.nav.users")}</h1>
        <Link to="/users/invite" className="button">
          {t("app.users.invite.title")}
        </Link>
      </div>
      <UserFilters search={search} />
      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <DataTable
          caption={t("app.users.caption")}
          columns={columns}
          rows={users.data.items}
          rowKey={(user) => user.id}
          page={users.data.page}
          perPage={users.data.perPage}
          total={users.data.total}
          empty={<EmptyState title={t("app.users.empty")} />}
        />
      )}
    </>
  );
}
