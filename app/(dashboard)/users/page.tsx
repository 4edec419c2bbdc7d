import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";
import { TwoFactorPolicyForm } from "@/components/users/two-factor-policy-form";
import { UsersTable } from "@/components/users/users-table";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { isTwoFactorForAllRoles } from "@/lib/auth/two-factor/policy";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/list-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const staff = await requireStaffPage("users:manage");
  const [t, tf, users, allRoles] = await Promise.all([
    getTranslations("users"),
    getTranslations("auth.twoFactor"),
    listUsers(db()),
    isTwoFactorForAllRoles(db()),
  ]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="space-y-6">
        <Card>
          <UsersTable initialUsers={users} currentUserId={staff.id} />
        </Card>
        <Card>
          <CardHeader title={t("add")} />
          <CreateUserForm />
        </Card>
        <Card>
          <CardHeader title={tf("policyTitle")} />
          <TwoFactorPolicyForm allRoles={allRoles} />
        </Card>
      </div>
    </>
  );
}
