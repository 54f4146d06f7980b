import { redirect } from "next/navigation";
import { homeFor, requireUser } from "@/lib/auth/session";

/** After login every role lands here and is sent on to its own dashboard. */
export default async function DashboardRedirect() {
  const user = await requireUser();
  redirect(homeFor(user.role));
}
